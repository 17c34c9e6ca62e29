package fr.guichet.dispatch.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A model's prices: the one in force at {@code at} (absent when none was yet), and every price, latest first. */
@Schema(name = "ModelPriceHistory")
public record PriceHistoryResponse(
        String id,
        String providerId,
        @Schema(example = "gpt-4o-mini") String model,
        Instant at,
        PriceResponse inForce,
        List<PriceResponse> history) {}
