package fr.guichet.billing.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a change of plan would do, shown before the client confirms: an upgrade applies today and its period's
 * invoice returns {@code credit} (the unused share of the current fee) and charges {@code charge} (the new fee for
 * the rest of the period); a downgrade applies on {@code effectiveOn} with nothing prorated. Amounts HT, EUR.
 */
public record PlanChangePreview(
        String planId,
        String planName,
        String kind,
        LocalDate effectiveOn,
        BigDecimal newPrice,
        BigDecimal credit,
        BigDecimal charge,
        BigDecimal net) {}
