package fr.guichet.access.domain;

import fr.guichet.common.domain.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a plan sells, as plain values: its price, trial, limits and caps. Null limits and caps mean
 * "unlimited" (or "none"); the per-minute rate and the monthly price are always set. {@link #check} collects
 * every broken rule so that a caller learns them all at once: money is non-negative with at most two decimals,
 * limits are positive.
 */
public record PlanTerms(
        BigDecimal monthlyPriceEur,
        Integer trialDays,
        Long requestsPerMonth,
        int requestsPerMinute,
        Long tokensPerMonth,
        BigDecimal spendCapEur,
        BigDecimal extraKeyPriceEur) {

    static final BigDecimal MAX_MONEY = new BigDecimal("99999999.99");
    static final int MAX_TRIAL_DAYS = 365;
    static final int MAX_PER_MINUTE = 1_000_000;
    static final long MAX_PER_MONTH = 1_000_000_000_000L;

    /** Adds the broken rules of these terms to {@code validation}. */
    public Validation check(Validation validation) {
        money(validation, monthlyPriceEur, "monthlyPriceEur", true);
        money(validation, spendCapEur, "spendCapEur", false);
        money(validation, extraKeyPriceEur, "extraKeyPriceEur", false);
        validation.require(
                trialDays == null || (trialDays >= 1 && trialDays <= MAX_TRIAL_DAYS),
                "trialDays",
                "must be between 1 and " + MAX_TRIAL_DAYS + " (absent: no trial)");
        validation.require(
                requestsPerMinute >= 1 && requestsPerMinute <= MAX_PER_MINUTE,
                "requestsPerMinute",
                "must be between 1 and " + MAX_PER_MINUTE);
        perMonth(validation, requestsPerMonth, "requestsPerMonth");
        perMonth(validation, tokensPerMonth, "tokensPerMonth");
        return validation;
    }

    /** The same terms with every amount at exactly two decimals; call after {@link #check} passed. */
    PlanTerms normalized() {
        return new PlanTerms(
                cents(monthlyPriceEur),
                trialDays,
                requestsPerMonth,
                requestsPerMinute,
                tokensPerMonth,
                cents(spendCapEur),
                cents(extraKeyPriceEur));
    }

    private static void money(Validation validation, BigDecimal value, String field, boolean required) {
        if (value == null) {
            validation.require(!required, field, "must be given");
        } else if (value.signum() < 0) {
            validation.require(false, field, "must not be negative");
        } else if (value.stripTrailingZeros().scale() > 2) {
            validation.require(false, field, "must have at most 2 decimals");
        } else {
            validation.require(value.compareTo(MAX_MONEY) <= 0, field, "must be at most " + MAX_MONEY);
        }
    }

    private static void perMonth(Validation validation, Long value, String field) {
        validation.require(
                value == null || (value >= 1 && value <= MAX_PER_MONTH),
                field,
                "must be between 1 and " + MAX_PER_MONTH + " (absent: unlimited)");
    }

    private static BigDecimal cents(BigDecimal amount) {
        // Exact: check() already refused more than two decimals.
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
