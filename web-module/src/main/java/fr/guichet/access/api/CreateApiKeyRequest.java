package fr.guichet.access.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new API key: a name, an optional expiry, the models it may call (absent or empty: every model) and an
 * optional per-minute limit of its own.
 */
@Schema(name = "CreateApiKeyRequest")
public record CreateApiKeyRequest(
        @NotBlank @Size(max = 80) @Schema(required = true, example = "CI pipeline", maxLength = 80)
        String name,

        @Future
        @Schema(
                description = "When the key stops working (ISO-8601, in the future); absent: never",
                example = "2027-01-01T00:00:00Z")
        Instant expiresAt,

        @Size(max = 50)
        @Schema(
                description = "Model ids the key may call, at most 50; absent or empty: every model",
                example = "[\"gpt-4o-mini\", \"mistral-small-latest\"]")
        List<String> allowedModels,

        @Min(1)
        @Max(100_000)
        @Schema(
                description = "The key's own per-minute limit, within its tenant's; absent: " + "the tenant's only",
                example = "20")
        Integer requestsPerMinute) {}
