package fr.guichet.dispatch.domain;

import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * A model's price from {@code effectiveFrom} on, in EUR per million input and output tokens (6 decimals).
 * Rows are never changed: a new price is a new row that takes effect now or later, so the cost of a past call
 * can always be computed with the price that was in force when it was made.
 */
@Entity
@Table(name = "model_price")
public class ModelPrice {

    public static final int SCALE = 6;
    public static final BigDecimal MAX = new BigDecimal("1000000");

    @Id
    private String id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private String modelId;

    @Column(name = "input_per_million", nullable = false, updatable = false, precision = 19, scale = SCALE)
    private BigDecimal inputPerMillion;

    @Column(name = "output_per_million", nullable = false, updatable = false, precision = 19, scale = SCALE)
    private BigDecimal outputPerMillion;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ModelPrice() {}

    /** A price of the model {@code modelId} taking effect at {@code effectiveFrom}, which may not be
     * before now (null: now). */
    public ModelPrice(
            String modelId,
            BigDecimal inputPerMillion,
            BigDecimal outputPerMillion,
            Instant effectiveFrom,
            Instant now) {
        new Validation()
                .require(priceProblem(inputPerMillion) == null, "inputPerMillion", priceProblem(inputPerMillion))
                .require(priceProblem(outputPerMillion) == null, "outputPerMillion", priceProblem(outputPerMillion))
                .require(
                        effectiveFrom == null || !effectiveFrom.isBefore(now),
                        "effectiveFrom",
                        "must not be in the past: past prices never change")
                .throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.modelId = modelId;
        this.inputPerMillion = inputPerMillion.setScale(SCALE, RoundingMode.UNNECESSARY);
        this.outputPerMillion = outputPerMillion.setScale(SCALE, RoundingMode.UNNECESSARY);
        this.effectiveFrom = effectiveFrom == null ? now : effectiveFrom;
        this.createdAt = now;
    }

    /** What is wrong with a price per million tokens, or null: 0 to 1,000,000 EUR with at most 6 decimals. */
    public static String priceProblem(BigDecimal price) {
        if (price == null) {
            return "is required";
        }
        if (price.signum() < 0) {
            return "must be 0 or more";
        }
        if (price.compareTo(MAX) > 0) {
            return "must be at most " + MAX.toPlainString();
        }
        if (price.stripTrailingZeros().scale() > SCALE) {
            return "must have at most " + SCALE + " decimals";
        }
        return null;
    }

    public boolean inForceAt(Instant at) {
        return !effectiveFrom.isAfter(at);
    }

    public String id() {
        return id;
    }

    public String modelId() {
        return modelId;
    }

    public BigDecimal inputPerMillion() {
        return inputPerMillion;
    }

    public BigDecimal outputPerMillion() {
        return outputPerMillion;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
