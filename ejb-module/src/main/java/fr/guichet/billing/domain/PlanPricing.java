package fr.guichet.billing.domain;

import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * How billing prices a plan beyond its monthly fee (which the plan itself holds): a promotional price for its
 * first periods, the API keys its fee includes, and what usage costs beyond the quotas — per 1,000 requests, per
 * million tokens, or the provider cost passed through with a margin. A plan without pricing has none of these.
 */
@Entity
@Table(name = "plan_pricing")
public class PlanPricing {

    private static final BigDecimal MAX_MONEY = new BigDecimal("99999999.99");
    private static final BigDecimal MAX_MARGIN = new BigDecimal("1000");

    @Id
    @Column(name = "plan_id")
    private String planId;

    @Column(name = "promo_price_eur")
    private BigDecimal promoPriceEur;

    @Column(name = "promo_periods")
    private Integer promoPeriods;

    @Column(name = "included_keys", nullable = false)
    private int includedKeys;

    @Column(name = "overage_per_1k_requests_eur")
    private BigDecimal overagePerThousandRequests;

    @Column(name = "overage_per_m_tokens_eur")
    private BigDecimal overagePerMillionTokens;

    @Column(name = "usage_margin_percent")
    private BigDecimal usageMarginPercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected PlanPricing() {}

    public PlanPricing(String planId, PricingTerms terms, Instant now) {
        this.planId = planId;
        change(terms, now);
    }

    /** The pricing of a plan nobody priced: no promotion, one key included, no usage charge. */
    public static PricingTerms none() {
        return new PricingTerms(null, null, 1, null, null, null);
    }

    public void change(PricingTerms t, Instant now) {
        Validation v = new Validation();
        money(v, t.promoPriceEur(), "promoPriceEur");
        money(v, t.overagePerThousandRequests(), "overagePerThousandRequests");
        money(v, t.overagePerMillionTokens(), "overagePerMillionTokens");
        v.require(
                (t.promoPriceEur() == null) == (t.promoPeriods() == null),
                "promoPeriods",
                "a promotional price and its number of periods go together");
        v.require(
                t.promoPeriods() == null || (t.promoPeriods() >= 1 && t.promoPeriods() <= 36),
                "promoPeriods",
                "must be between 1 and 36");
        v.require(t.includedKeys() >= 0 && t.includedKeys() <= 10_000, "includedKeys", "must be 0 to 10000");
        v.require(
                t.usageMarginPercent() == null
                        || (t.usageMarginPercent().signum() >= 0
                                && t.usageMarginPercent().compareTo(MAX_MARGIN) <= 0),
                "usageMarginPercent",
                "must be between 0 and 1000");
        v.require(
                t.usageMarginPercent() == null
                        || t.usageMarginPercent().stripTrailingZeros().scale() <= 2,
                "usageMarginPercent",
                "must have at most 2 decimals");
        v.throwIfInvalid();
        this.promoPriceEur = t.promoPriceEur();
        this.promoPeriods = t.promoPeriods();
        this.includedKeys = t.includedKeys();
        this.overagePerThousandRequests = t.overagePerThousandRequests();
        this.overagePerMillionTokens = t.overagePerMillionTokens();
        this.usageMarginPercent = t.usageMarginPercent();
        this.updatedAt = now;
    }

    private static void money(Validation v, BigDecimal value, String field) {
        if (value != null) {
            v.require(value.signum() >= 0, field, "must not be negative");
            v.require(value.compareTo(MAX_MONEY) <= 0, field, "must be at most " + MAX_MONEY);
            v.require(value.stripTrailingZeros().scale() <= 6, field, "must have at most 6 decimals");
        }
    }

    public PricingTerms terms() {
        return new PricingTerms(
                promoPriceEur,
                promoPeriods,
                includedKeys,
                overagePerThousandRequests,
                overagePerMillionTokens,
                usageMarginPercent);
    }

    public String planId() {
        return planId;
    }
}
