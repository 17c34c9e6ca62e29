package fr.guichet.billing.domain;

import fr.guichet.common.domain.Money;
import java.math.BigDecimal;

/**
 * A plan's pricing beyond its fee, as plain values (see {@link PlanPricing}). Null means "none".
 *
 * @param promoPriceEur the fee of the first {@code promoPeriods} periods instead of the plan's price
 * @param includedKeys API keys the fee includes; more are billed at the plan's extra-key price
 * @param overagePerThousandRequests price of each started 1,000 served requests above the monthly quota
 * @param overagePerMillionTokens price of each million tokens above the monthly token quota (pro rata)
 * @param usageMarginPercent when set, the provider cost of served calls is billed with this margin
 */
public record PricingTerms(
        BigDecimal promoPriceEur,
        Integer promoPeriods,
        int includedKeys,
        BigDecimal overagePerThousandRequests,
        BigDecimal overagePerMillionTokens,
        BigDecimal usageMarginPercent) {

    /** The fee of the period of this index (0 is the first paid period): the promotion's while it lasts. */
    public Money feeFor(int periodIndex, Money planPrice) {
        if (promoPriceEur != null && promoPeriods != null && periodIndex < promoPeriods) {
            return Money.of(promoPriceEur);
        }
        return planPrice;
    }
}
