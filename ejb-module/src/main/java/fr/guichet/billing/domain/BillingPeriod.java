package fr.guichet.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One monthly period of a subscription, days in the tenant's zone: {@code start} inclusive, {@code end} exclusive.
 * {@code index} counts paid periods from 0 (the promotion and discounts count in periods). A period cut short by a
 * cancellation keeps its index and its full length ({@code fullEnd}) for proration.
 */
public record BillingPeriod(int index, LocalDate start, LocalDate end, LocalDate fullEnd) {

    /** Ratios keep this many decimals; money is rounded once, per line. */
    public static final int RATIO_SCALE = 10;

    public BillingPeriod {
        if (!start.isBefore(end) || end.isAfter(fullEnd)) {
            throw new IllegalArgumentException("Not a period: " + start + " to " + end + " of " + fullEnd);
        }
    }

    public static BillingPeriod full(int index, LocalDate start, LocalDate end) {
        return new BillingPeriod(index, start, end, end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, fullEnd);
    }

    /** The last day of the period, inclusive, as invoices print it. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** The share of the full period from {@code from} (inclusive) to its full end: 0 to 1. */
    public BigDecimal shareFrom(LocalDate from) {
        long remaining = ChronoUnit.DAYS.between(from, fullEnd);
        return BigDecimal.valueOf(remaining).divide(BigDecimal.valueOf(days()), RATIO_SCALE, RoundingMode.HALF_UP);
    }

    public boolean cutShort() {
        return end.isBefore(fullEnd);
    }
}
