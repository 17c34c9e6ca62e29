package fr.guichet.billing.domain;

import fr.guichet.common.domain.Money;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One line of an invoice: a description, a quantity (may be negative for a credit), a unit price HT and a VAT rate;
 * its amount HT is quantity × unit price rounded half-up to the cent, computed once here.
 */
@Embeddable
public class InvoiceLine {

    static final Set<String> UNITS = Set.of("C62", "MON", "DAY");
    private static final BigDecimal MAX = new BigDecimal("999999999");

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private LineKind kind;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 6)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 6)
    private BigDecimal unitPrice;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "amount_ht", nullable = false, precision = 19, scale = 2)
    private BigDecimal amountHt;

    protected InvoiceLine() {}

    public InvoiceLine(
            LineKind kind,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal vatRate) {
        Validation v = new Validation().text(description, "description", 1, 500);
        v.require(
                quantity != null && quantity.signum() != 0 && quantity.abs().compareTo(MAX) <= 0,
                "quantity",
                "must be a non-zero number");
        v.require(quantity == null || quantity.stripTrailingZeros().scale() <= 6, "quantity", "at most 6 decimals");
        v.require(
                unitPrice != null && unitPrice.signum() >= 0 && unitPrice.compareTo(MAX) <= 0,
                "unitPrice",
                "must not be negative (a credit is a negative quantity)");
        v.require(unitPrice == null || unitPrice.stripTrailingZeros().scale() <= 6, "unitPrice", "at most 6 decimals");
        v.require(unit != null && UNITS.contains(unit), "unit", "must be one of " + UNITS);
        v.require(
                vatRate != null && vatRate.signum() >= 0 && vatRate.compareTo(new BigDecimal("100")) < 0,
                "vatRate",
                "must be a percentage");
        v.throwIfInvalid();
        this.kind = kind;
        this.description = description.strip();
        this.quantity = quantity.setScale(6, RoundingMode.UNNECESSARY);
        this.unit = unit;
        this.unitPrice = unitPrice.setScale(6, RoundingMode.UNNECESSARY);
        this.vatRate = vatRate.setScale(2, RoundingMode.HALF_UP);
        this.amountHt = Money.of(quantity.multiply(unitPrice)).amount();
    }

    /** One of something at a price: a fee, a manual line. */
    public static InvoiceLine single(LineKind kind, String description, Money price, BigDecimal vatRate) {
        boolean credit = price.isNegative();
        return new InvoiceLine(
                kind,
                description,
                credit ? BigDecimal.ONE.negate() : BigDecimal.ONE,
                "C62",
                credit ? price.negate().amount() : price.amount(),
                vatRate);
    }

    /** The same line at another VAT rate. */
    public InvoiceLine atRate(BigDecimal rate) {
        return new InvoiceLine(kind, description, quantity, unit, unitPrice, rate);
    }

    public LineKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public Money amountHt() {
        return Money.of(amountHt);
    }
}
