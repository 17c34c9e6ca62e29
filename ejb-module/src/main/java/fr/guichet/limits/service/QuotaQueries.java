package fr.guichet.limits.service;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.limits.domain.QuotaPeriod;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** Where a tenant stands in the current period of its zone. */
@ApplicationScoped
public class QuotaQueries {

    @Inject
    TenantService tenants;

    @Inject
    PlanService plans;

    @Inject
    QuotaStore store;

    @Inject
    Clock clock;

    public QuotaStatus current(String tenantId) {
        TenantView tenant = tenants.get(tenantId);
        QuotaPeriod period = QuotaPeriod.containing(clock.instant(), ZoneId.of(tenant.timeZone()));
        Optional<PlanView> plan = plans.find(tenant.planId());
        Optional<QuotaUse> use = store.read(tenantId, period.key());
        return new QuotaStatus(
                period.key(),
                tenant.timeZone(),
                period.resetsAt(),
                use.map(QuotaUse::requests).orElse(0L),
                plan.map(PlanView::requestsPerMonth).orElse(null),
                use.map(QuotaUse::tokens).orElse(0L),
                plan.map(PlanView::tokensPerMonth).orElse(null),
                use.map(QuotaUse::costEur).orElse(BigDecimal.ZERO),
                plan.map(PlanView::spendCapEur).orElse(null));
    }
}
