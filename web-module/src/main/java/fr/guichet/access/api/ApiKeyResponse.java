package fr.guichet.access.api;

import fr.guichet.access.service.ApiKeyView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as listed: masked, never its secret nor its hash. */
@Schema(name = "ApiKey")
public record ApiKeyResponse(
        String id,
        @Schema(example = "CI pipeline") String name,

        @Schema(description = "The first 12 characters of the key", example = "gk_live_AbCd")
        String prefix,

        @Schema(example = "wxyz") String last4,

        @Schema(description = "The key with its middle hidden", example = "gk_live_AbCd…wxyz")
        String masked,

        Instant createdAt,

        @Schema(description = "Id of the user who created it, when known")
        String createdBy,

        Instant expiresAt,
        Instant revokedAt,

        @Schema(description = "After a rotation: when this key stops working")
        Instant graceUntil,

        @Schema(description = "After a rotation: the id of the key that replaces it")
        String rotatedTo,

        @Schema(description = "Models the key may call; empty: every model")
        List<String> allowedModels,

        @Schema(description = "Last use, to within the server's key cache period (30 s by default)")
        Instant lastUsedAt,

        @Schema(enumeration = {"active", "rotating", "expired", "revoked"})
        String status,

        @Schema(description = "The key's own per-minute limit; absent: the tenant's only")
        Integer requestsPerMinute,

        @Schema(description = "When the key was suspended (abuse, or an operator); absent: not suspended")
        Instant suspendedAt,

        @Schema(description = "Why the key was suspended") String suspendedReason) {

    static ApiKeyResponse of(ApiKeyView k) {
        return new ApiKeyResponse(
                k.id(),
                k.name(),
                k.prefix(),
                k.last4(),
                k.masked(),
                k.createdAt(),
                k.createdBy(),
                k.expiresAt(),
                k.revokedAt(),
                k.graceUntil(),
                k.rotatedTo(),
                k.allowedModels(),
                k.lastUsedAt(),
                k.status().wireName(),
                k.requestsPerMinute(),
                k.suspendedAt(),
                k.suspendedReason());
    }

    /** For the OpenAPI document only: a page of keys. */
    @Schema(name = "ApiKeyPage")
    record Page(List<ApiKeyResponse> items, int page, int size, long total, long totalPages) {}
}
