package fr.guichet.limits.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a call took from its tenant's monthly quota before it ran: one request, the tokens it may use (the
 * prompt's estimate plus {@code max_tokens}) and what they may cost. Settled once the call is metered.
 */
public record Reservation(String tenantId, String period, long tokens, BigDecimal costEur) {

    public Reservation {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(costEur, "costEur");
        if (tokens < 0 || costEur.signum() < 0) {
            throw new IllegalArgumentException("a reservation is never negative");
        }
    }

    /**
     * The correction that turns this reservation into what was used. A call that was served (in full or, for a
     * stream cut mid-way, in part) keeps its request and pays its real tokens and cost; a call that no provider
     * served gives everything back.
     */
    public QuotaSettlement settle(boolean served, long tokensUsed, BigDecimal costUsed) {
        if (!served) {
            return new QuotaSettlement(tenantId, period, -1, -tokens, costEur.negate());
        }
        return new QuotaSettlement(tenantId, period, 0, tokensUsed - tokens, costUsed.subtract(costEur));
    }
}
