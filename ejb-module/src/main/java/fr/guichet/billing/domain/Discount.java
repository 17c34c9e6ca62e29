package fr.guichet.billing.domain;

import fr.guichet.common.domain.Money;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A discount an operator grants on a subscription's fee: a percentage or an amount, from a period on, for a
 * number of periods or for ever (null).
 */
@Embeddable
public class Discount {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_kind")
    private DiscountKind kind;

    @Column(name = "discount_value")
    private BigDecimal value;

    @Column(name = "discount_first_period")
    private Integer firstPeriod;

    @Column(name = "discount_periods")
    private Integer periods;

    protected Discount() {}

    public Discount(DiscountKind kind, BigDecimal value, int firstPeriod, Integer periods) {
        Validation v = new Validation();
        v.require(kind != null, "kind", "must be percent or amount");
        v.require(value != null && value.signum() > 0, "value", "must be positive");
        if (kind == DiscountKind.PERCENT && value != null) {
            v.require(value.compareTo(HUNDRED) <= 0, "value", "a percentage is at most 100");
            v.require(value.stripTrailingZeros().scale() <= 2, "value", "must have at most 2 decimals");
        }
        if (kind == DiscountKind.AMOUNT && value != null) {
            v.require(value.stripTrailingZeros().scale() <= 2, "value", "must have at most 2 decimals");
            v.require(value.compareTo(new BigDecimal("99999999.99")) <= 0, "value", "is too large");
        }
        v.require(
                periods == null || (periods >= 1 && periods <= 120), "periods", "must be 1 to 120 (absent: for ever)");
        v.throwIfInvalid();
        this.kind = kind;
        this.value = value;
        this.firstPeriod = firstPeriod;
        this.periods = periods;
    }

    /** Whether the discount applies to the period of this index. */
    public boolean appliesTo(int periodIndex) {
        return periodIndex >= firstPeriod && (periods == null || periodIndex < firstPeriod + periods);
    }

    /** What it takes off {@code fee}: never more than the fee. */
    public Money off(Money fee) {
        Money off = kind == DiscountKind.PERCENT ? fee.percent(value) : Money.of(value);
        return off.min(fee);
    }

    public DiscountKind kind() {
        return kind;
    }

    public BigDecimal value() {
        return value;
    }

    public int firstPeriod() {
        return firstPeriod;
    }

    public Integer periods() {
        return periods;
    }
}
