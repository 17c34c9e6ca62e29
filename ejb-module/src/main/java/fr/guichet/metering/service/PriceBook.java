package fr.guichet.metering.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Where metering reads what a model costs. The prices are kept with the model catalogue, above metering (in
 * {@code dispatch}, which implements this); the rule that turns tokens into euros is metering's ({@link UsageMeter}).
 */
public interface PriceBook {

    /** The price in force at {@code at} of that provider's model; empty: an unpriced model, free. */
    Optional<Price> priceAt(String providerId, String model, Instant at);

    /** EUR per million tokens, for the prompt and for the answer. */
    record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {}
}
