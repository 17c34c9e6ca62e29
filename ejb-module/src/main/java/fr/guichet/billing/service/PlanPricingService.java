package fr.guichet.billing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.PlanPricing;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.billing.repository.BillingSettingsRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** Operators price a plan beyond its fee: promotion, included keys, usage charges (audited). */
@Stateless
public class PlanPricingService {

    @Inject
    BillingSettingsRepository settings;

    @Inject
    PlanPrices prices;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public PricingTerms get(String planId) {
        prices.plan(planId);
        return prices.pricing(planId);
    }

    public PricingTerms set(String planId, PricingTerms terms, String actor) {
        String code = prices.plan(planId).code();
        PlanPricing pricing = settings.pricing(planId).orElse(null);
        if (pricing == null) {
            pricing = new PlanPricing(planId, terms, clock.instant());
            settings.add(pricing);
        } else {
            pricing.change(terms, clock.instant());
        }
        audit.write(actor, null, "billing.plan-pricing.changed", code, null);
        return pricing.terms();
    }
}
