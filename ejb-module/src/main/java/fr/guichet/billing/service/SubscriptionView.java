package fr.guichet.billing.service;

import fr.guichet.billing.domain.Discount;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subscription as operators and clients see it.
 *
 * @param price the fee of the current (or first) period, promotional price included
 * @param periodStart the current period's first day (absent during the trial and after the end)
 * @param renewsOn the next period's first day; absent when the subscription ends
 * @param pendingPlanId the plan that takes over on {@code pendingFrom} (a downgrade at period end)
 * @param endsOn the first day without access, once cancelled
 */
public record SubscriptionView(
        String id,
        String tenantId,
        String planId,
        String planName,
        String status,
        BigDecimal price,
        LocalDate startedOn,
        LocalDate billingFrom,
        LocalDate periodStart,
        LocalDate renewsOn,
        String pendingPlanId,
        LocalDate pendingFrom,
        boolean cancelAtPeriodEnd,
        LocalDate endsOn,
        DiscountView discount,
        int version) {

    /** A discount granted on the fee. */
    public record DiscountView(String kind, BigDecimal value, int firstPeriod, Integer periods) {

        static DiscountView of(Discount d) {
            return d == null
                    ? null
                    : new DiscountView(
                            d.kind().name().toLowerCase(java.util.Locale.ROOT),
                            d.value(),
                            d.firstPeriod(),
                            d.periods());
        }
    }
}
