package fr.guichet.dispatch.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Reads a model's price history: the price in force at an instant is the latest that took effect by then. */
public final class PriceHistory {

    private PriceHistory() {}

    public static Optional<ModelPrice> inForceAt(Collection<ModelPrice> prices, Instant at) {
        return prices.stream().filter(p -> p.inForceAt(at)).max(Comparator.comparing(ModelPrice::effectiveFrom));
    }
}
