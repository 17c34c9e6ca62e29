package fr.guichet.metering.service;

import java.math.BigDecimal;

/** Sums over a set of calls: how many, their tokens, their cost in EUR (6 decimals). */
public record UsageTotals(long requests, long inputTokens, long outputTokens, BigDecimal costEur) {

    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, BigDecimal.ZERO.setScale(6));

    UsageTotals plus(long input, long output, BigDecimal cost) {
        return new UsageTotals(requests + 1, inputTokens + input, outputTokens + output, costEur.add(cost));
    }
}
