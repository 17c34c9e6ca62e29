package fr.guichet.billing.service;

/**
 * A client's payment failed (a provider's event, or an operator's word): fired in the transaction that notes it.
 * The client is told by mail; dunning acts on it.
 */
public record PaymentFailed(String invoiceId, String tenantId, String reason, String source) {}
