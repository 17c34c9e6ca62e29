package fr.guichet.metering.service;

import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds calls up into {@link UsageTotals} as a report reads them, one event or one group of events at a time:
 * tokens and cost count for served calls only. Not thread-safe: one report's own.
 */
final class UsageTally {

    private long requests;
    private final Map<String, Long> refusedByReason = new TreeMap<>();
    private long failed;
    private long inputTokens;
    private long outputTokens;
    private BigDecimal costEur = UsageTotals.ZERO.costEur();

    /** Adds {@code calls} calls that ended the same way, with their tokens and cost. */
    void add(Outcome outcome, String reason, long calls, long input, long output, BigDecimal cost) {
        switch (outcome) {
            case SUCCESS, INTERRUPTED -> {
                requests += calls;
                inputTokens += input;
                outputTokens += output;
                costEur = costEur.add(cost);
            }
            case REJECTED -> {
                refusedByReason.merge(reason == null ? UsageTotals.UNKNOWN_REASON : reason, calls, Long::sum);
            }
            case PROVIDER_ERROR -> failed += calls;
        }
    }

    UsageTotals totals() {
        return new UsageTotals(
                requests,
                refusedByReason,
                failed,
                inputTokens,
                outputTokens,
                costEur.setScale(UsageEvent.COST_SCALE, RoundingMode.HALF_UP));
    }
}
