package fr.guichet.billing.service;

import java.math.BigDecimal;

/**
 * A line an operator writes on a draft. {@code unit} defaults to {@code C62} (one); {@code vatRate} defaults to the
 * buyer's rate and must be 0 when the buyer owes no French VAT.
 */
public record DraftLine(
        String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal vatRate) {}
