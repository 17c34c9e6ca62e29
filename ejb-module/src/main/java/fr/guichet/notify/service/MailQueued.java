package fr.guichet.notify.service;

/** A mail entered the outbox (fired in the queueing transaction; the worker is woken once it commits). */
public record MailQueued(String mailId) {}
