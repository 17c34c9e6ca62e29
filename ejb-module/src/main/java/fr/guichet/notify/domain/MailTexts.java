package fr.guichet.notify.domain;

/** A mail's subject, HTML body and plain-text body: a template before rendering, a mail after. */
public record MailTexts(String subject, String html, String text) {}
