package fr.guichet.billing.service;

/** An invoice or credit note was issued under its legal number (fired in the issuing transaction). */
public record InvoiceIssued(String invoiceId, String tenantId, String number) {}
