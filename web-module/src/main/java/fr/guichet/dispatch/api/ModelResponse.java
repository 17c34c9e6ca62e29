package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ModelView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue model with the price in force now (absent until its first price takes effect). */
@Schema(name = "Model")
public record ModelResponse(
        String id,
        String providerId,

        @Schema(example = "gpt-4o-mini", description = "The model's name at its provider")
        String model,

        @Schema(example = "GPT-4o mini") String displayName,
        boolean enabled,
        PriceResponse price,
        Instant createdAt,
        Instant updatedAt) {

    static ModelResponse of(ModelView m) {
        return new ModelResponse(
                m.id(),
                m.providerId(),
                m.model(),
                m.displayName(),
                m.enabled(),
                PriceResponse.of(m.currentPrice()),
                m.createdAt(),
                m.updatedAt());
    }
}
