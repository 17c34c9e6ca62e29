package fr.guichet.metering.service;

import fr.guichet.metering.domain.Outcome;
import java.math.BigDecimal;

/**
 * Sums over a set of calls: {@code requests} served (answered in full, or a stream cut after part of it: what the
 * monthly quota counts and billing prices), {@code refused} by Guichet before any provider was called (unknown
 * model, quota used up), {@code failed} because no provider of the chain could answer (refunded); the tokens and
 * the cost in EUR (6 decimals) of them all.
 */
public record UsageTotals(
        long requests, long refused, long failed, long inputTokens, long outputTokens, BigDecimal costEur) {

    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(6));

    UsageTotals plus(Outcome outcome, long input, long output, BigDecimal cost) {
        return new UsageTotals(
                requests + (outcome == Outcome.SUCCESS || outcome == Outcome.INTERRUPTED ? 1 : 0),
                refused + (outcome == Outcome.REJECTED ? 1 : 0),
                failed + (outcome == Outcome.PROVIDER_ERROR ? 1 : 0),
                inputTokens + input,
                outputTokens + output,
                costEur.add(cost));
    }
}
