package fr.guichet.metering.service;

import fr.guichet.metering.domain.UsageEvent;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums over a set of calls: {@code requests} served (answered in full, or a stream cut after part of it: what the
 * monthly quota counts and billing prices); the calls refused by Guichet before any provider was called, per reason
 * ({@code refusedByReason}: the wire name of the error code, such as {@code insufficient_quota},
 * in alphabetical order; {@value #UNKNOWN_REASON} for refusals recorded before reasons were); {@code failed}
 * because no provider of the chain could answer (refunded); and the tokens and the cost in EUR (6 decimals) of the
 * calls served only.
 */
public record UsageTotals(
        long requests,
        Map<String, Long> refusedByReason,
        long failed,
        long inputTokens,
        long outputTokens,
        BigDecimal costEur) {

    /** The reason of a refusal recorded without one (before the reason was recorded). */
    public static final String UNKNOWN_REASON = "unknown";

    public static final UsageTotals ZERO =
            new UsageTotals(0, Map.of(), 0, 0, 0, BigDecimal.ZERO.setScale(UsageEvent.COST_SCALE));

    public UsageTotals {
        refusedByReason = Collections.unmodifiableMap(new TreeMap<>(refusedByReason));
    }

    /** The calls refused, whatever the reason. */
    public long refused() {
        return refusedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every call, whatever its outcome. */
    public long calls() {
        return requests + refused() + failed;
    }
}
