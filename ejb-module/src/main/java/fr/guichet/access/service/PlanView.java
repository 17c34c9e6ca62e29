package fr.guichet.access.service;

import fr.guichet.access.domain.Plan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A read model of a plan, safe to hand to the web layers. Null limits mean unlimited; {@code providerIds} is
 * the chain in order (empty: the tenants on this plan use the default chain).
 */
public record PlanView(
        String id,
        String code,
        String name,
        BigDecimal monthlyPriceEur,
        Integer trialDays,
        Long requestsPerMonth,
        int requestsPerMinute,
        Long tokensPerMonth,
        BigDecimal spendCapEur,
        BigDecimal extraKeyPriceEur,
        boolean enabled,
        List<String> providerIds,
        Instant createdAt,
        Instant updatedAt) {

    public PlanView {
        providerIds = List.copyOf(providerIds);
    }

    public static PlanView of(Plan p) {
        var t = p.terms();
        return new PlanView(
                p.id(),
                p.code(),
                p.name(),
                t.monthlyPriceEur(),
                t.trialDays(),
                t.requestsPerMonth(),
                t.requestsPerMinute(),
                t.tokensPerMonth(),
                t.spendCapEur(),
                t.extraKeyPriceEur(),
                p.enabled(),
                p.providerIds(),
                p.createdAt(),
                p.updatedAt());
    }
}
