package fr.guichet.limits.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's counters in one period, as the database holds them right after a reservation (or a refused one),
 * beside the limits of its plan at that instant. A null limit is no limit.
 */
public record QuotaUse(
        boolean granted,
        long requests,
        long tokens,
        BigDecimal costEur,
        Long requestLimit,
        Long tokenLimit,
        BigDecimal spendCapEur) {

    /** The same counters, for a reservation that was not taken. */
    public QuotaUse refused() {
        return new QuotaUse(false, requests, tokens, costEur, requestLimit, tokenLimit, spendCapEur);
    }

    /** The thresholds (in percent) at which an alert is raised once per period. */
    public static final int[] THRESHOLDS = {80, 100};

    /** Every quota threshold these counters have reached, e.g. requests at 80 %. */
    public List<Threshold> reached() {
        List<Threshold> reached = new ArrayList<>();
        add(
                reached,
                Metric.REQUESTS,
                BigDecimal.valueOf(requests),
                requestLimit == null ? null : BigDecimal.valueOf(requestLimit));
        add(
                reached,
                Metric.TOKENS,
                BigDecimal.valueOf(tokens),
                tokenLimit == null ? null : BigDecimal.valueOf(tokenLimit));
        add(reached, Metric.SPEND, costEur, spendCapEur);
        return reached;
    }

    /**
     * The quota that {@code reservation} does not fit in, as these counters stand; null when it fits in all (a
     * refusal raced by a concurrent refund).
     */
    public Metric exhaustedBy(Reservation reservation) {
        if (requestLimit != null && requests >= requestLimit) {
            return Metric.REQUESTS;
        }
        if (tokenLimit != null && tokens + reservation.tokens() > tokenLimit) {
            return Metric.TOKENS;
        }
        if (spendCapEur != null && costEur.add(reservation.costEur()).compareTo(spendCapEur) > 0) {
            return Metric.SPEND;
        }
        return null;
    }

    private static void add(List<Threshold> reached, Metric metric, BigDecimal used, BigDecimal limit) {
        if (limit == null || limit.signum() <= 0) {
            return;
        }
        for (int percent : THRESHOLDS) {
            // used >= limit * percent / 100, without rounding: used * 100 >= limit * percent
            if (used.multiply(BigDecimal.valueOf(100)).compareTo(limit.multiply(BigDecimal.valueOf(percent))) >= 0) {
                reached.add(new Threshold(metric, percent));
            }
        }
    }

    /** What a monthly quota counts. */
    public enum Metric {
        REQUESTS("requests"),
        TOKENS("tokens"),
        SPEND("spend in EUR");

        private final String label;

        Metric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A metric at a percentage of its limit. */
    public record Threshold(Metric metric, int percent) {}
}
