package fr.guichet.billing.service;

import fr.guichet.access.domain.Plan;
import fr.guichet.access.repository.PlanRepository;
import fr.guichet.billing.domain.PlanPricing;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What plans cost, as billing reads it: the plan's fee (access) and its pricing beyond the fee (billing). */
@ApplicationScoped
public class PlanPrices {

    @Inject
    PlanRepository plans;

    @Inject
    BillingSettingsRepository settings;

    public Plan plan(String planId) {
        return plans.find(planId)
                .orElseThrow(() -> new DomainException(ErrorCode.PLAN_NOT_FOUND, "No plan with id " + planId));
    }

    public PricingTerms pricing(String planId) {
        return settings.pricing(planId).map(PlanPricing::terms).orElseGet(PlanPricing::none);
    }

    /** The fee of the period of this index under the plan: the promotional price while it lasts. */
    public Money fee(String planId, int periodIndex) {
        return pricing(planId).feeFor(periodIndex, Money.of(plan(planId).terms().monthlyPriceEur()));
    }

    public boolean promotional(String planId, int periodIndex) {
        PricingTerms pricing = pricing(planId);
        return pricing.promoPeriods() != null && periodIndex < pricing.promoPeriods();
    }
}
