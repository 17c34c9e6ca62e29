package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.Model;
import java.time.Instant;

/**
 * A read model of a catalogue model: {@code model} is the name the provider knows it by; {@code currentPrice}
 * is the price in force now, or null when its first price has not taken effect yet.
 */
public record ModelView(
        String id,
        String providerId,
        String model,
        String displayName,
        boolean enabled,
        PriceView currentPrice,
        Instant createdAt,
        Instant updatedAt) {

    static ModelView of(Model m, PriceView currentPrice) {
        return new ModelView(
                m.id(),
                m.providerId(),
                m.name(),
                m.displayName(),
                m.enabled(),
                currentPrice,
                m.createdAt(),
                m.updatedAt());
    }
}
