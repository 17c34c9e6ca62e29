package fr.guichet.limits.domain;

import java.math.BigDecimal;

/** What to add to a period's counters once a call is metered (negative: given back). */
public record QuotaSettlement(String tenantId, String period, long requests, long tokens, BigDecimal costEur) {

    public boolean isEmpty() {
        return requests == 0 && tokens == 0 && costEur.signum() == 0;
    }
}
