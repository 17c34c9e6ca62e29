package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.ModelPrice;
import java.math.BigDecimal;
import java.time.Instant;

/** A model's price in EUR per million input and output tokens (6 decimals), in force from {@code effectiveFrom}. */
public record PriceView(BigDecimal inputPerMillion, BigDecimal outputPerMillion, Instant effectiveFrom) {

    public static PriceView of(ModelPrice p) {
        return new PriceView(p.inputPerMillion(), p.outputPerMillion(), p.effectiveFrom());
    }
}
