package fr.guichet.common.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros, always at two decimals. Amounts with more decimals (a token price, a prorated fee) are
 * rounded half-up to the cent once, where they become money: {@link #of(BigDecimal)} and {@link #times}. There is
 * deliberately no {@code double} anywhere.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount rounded half-up to the cent. */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times {@code factor} (a quantity, a ratio, a rate), rounded half-up to the cent. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    /** {@code rate} percent of this amount, rounded half-up to the cent. */
    public Money percent(BigDecimal rate) {
        return new Money(amount.multiply(rate).movePointLeft(2));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
