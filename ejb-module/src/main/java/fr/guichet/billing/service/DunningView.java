package fr.guichet.billing.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An unpaid invoice's dunning as operators see it: the tenant and its status, the invoice and what it still owes, when
 * it started, the last step done and the next one with its day (none once it ended).
 */
public record DunningView(
        String id,
        String tenantId,
        String tenantName,
        String tenantStatus,
        String invoiceId,
        String invoiceNumber,
        BigDecimal owed,
        LocalDate startedOn,
        String reason,
        String lastStep,
        String nextStep,
        LocalDate nextStepOn,
        boolean active) {}
