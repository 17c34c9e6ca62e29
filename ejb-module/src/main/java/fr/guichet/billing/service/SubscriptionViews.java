package fr.guichet.billing.service;

import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Makes the read model of a subscription: its plan's name and current price, its current period. */
@ApplicationScoped
public class SubscriptionViews {

    @Inject
    PlanPrices prices;

    @Inject
    Clock clock;

    public SubscriptionView of(Subscription s) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), s.zone());
        Optional<BillingPeriod> current = s.periodOf(today);
        int index = current.map(BillingPeriod::index).orElse(0);
        LocalDate renews = current.map(BillingPeriod::fullEnd).orElse(s.billingFrom());
        boolean ends = s.endsOn().isPresent();
        return new SubscriptionView(
                s.id(),
                s.tenantId(),
                s.planId(),
                prices.plan(s.planId()).name(),
                s.status().wireName(),
                prices.fee(s.planId(), index).amount(),
                s.startedOn(),
                s.billingFrom(),
                current.map(BillingPeriod::start).orElse(null),
                ends ? null : renews,
                s.pendingPlanId().orElse(null),
                s.pendingFrom().orElse(null),
                s.cancelsAtPeriodEnd(),
                s.endsOn().orElse(null),
                SubscriptionView.DiscountView.of(s.discount().orElse(null)),
                s.version());
    }
}
