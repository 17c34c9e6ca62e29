package fr.guichet.billing.service;

import java.math.BigDecimal;

/** A payment was recorded on an invoice (fired in the recording transaction). */
public record PaymentRecorded(String paymentId, String invoiceId, String tenantId, BigDecimal amount) {}
