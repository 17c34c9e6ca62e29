package fr.guichet.access.api;

import fr.guichet.access.service.ChainProviders.ChainProvider;
import fr.guichet.access.service.PlanView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as the admin API shows it, with its provider chain in order. Absent limits mean unlimited. */
@Schema(name = "Plan")
public record PlanResponse(
        String id,
        @Schema(example = "business") String code,
        @Schema(example = "Business") String name,

        @Schema(example = "299.00", description = "EUR excluding VAT")
        BigDecimal monthlyPriceEur,

        @Schema(description = "Absent: no trial") Integer trialDays,

        @Schema(description = "Absent: unlimited", example = "10000")
        Long requestsPerMonth,

        @Schema(example = "30") int requestsPerMinute,
        @Schema(description = "Absent: unlimited") Long tokensPerMonth,
        @Schema(description = "EUR per month; absent: none") BigDecimal spendCapEur,

        @Schema(description = "EUR per extra API key per month; absent: none", example = "50.00")
        BigDecimal extraKeyPriceEur,

        boolean enabled,

        @Schema(description = "The provider chain; empty: the default chain from configuration applies")
        List<ChainLink> providers,

        Instant createdAt,
        Instant updatedAt) {

    /** One provider of the chain. */
    @Schema(name = "PlanProvider")
    public record ChainLink(
            String id,
            @Schema(example = "OpenAI") String name,

            @Schema(enumeration = {"OPENAI_COMPATIBLE", "ANTHROPIC", "GEMINI", "OLLAMA"})
            String kind) {}

    /** The plan with each chain id resolved by {@code provider} (an id that resolves to nothing is shown bare). */
    static PlanResponse of(PlanView p, Function<String, Optional<ChainProvider>> provider) {
        List<ChainLink> chain = p.providerIds().stream()
                .map(id -> provider.apply(id)
                        .map(v -> new ChainLink(id, v.name(), v.kind()))
                        .orElse(new ChainLink(id, null, null)))
                .toList();
        return new PlanResponse(
                p.id(),
                p.code(),
                p.name(),
                p.monthlyPriceEur(),
                p.trialDays(),
                p.requestsPerMonth(),
                p.requestsPerMinute(),
                p.tokensPerMonth(),
                p.spendCapEur(),
                p.extraKeyPriceEur(),
                p.enabled(),
                chain,
                p.createdAt(),
                p.updatedAt());
    }
}
