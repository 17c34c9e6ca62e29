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
    QuotaLedger ledger;

    @Inject
    Clock clock;

    public QuotaStatus current(String tenantId) {
        TenantView tenant = tenants.get(tenantId);
        QuotaPeriod period = QuotaPeriod.containing(clock.instant(), ZoneId.of(tenant.timeZone()));
        Optional<PlanView> plan = plans.find(tenant.planId());
        QuotaUse use = ledger.read(tenantId, period.key());
        return new QuotaStatus(
                period.key(),
                tenant.timeZone(),
                period.resetsAt(),
                use == null ? 0 : use.requests(),
                plan.map(PlanView::requestsPerMonth).orElse(null),
                use == null ? 0 : use.tokens(),
                plan.map(PlanView::tokensPerMonth).orElse(null),
                use == null ? BigDecimal.ZERO : use.costEur(),
                plan.map(PlanView::spendCapEur).orElse(null));
    }
}
