package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.PortalTokenView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A personal access token as listed: masked, never its secret. */
@Schema(name = "AccessToken")
public record TokenResponse(
        String id,
        @Schema(example = "Monthly usage export") String name,
        @Schema(enumeration = {"READ_ONLY", "READ_WRITE"}) String scope,

        @Schema(description = "The token with its middle hidden", example = "gpat_AbCdE…wxyz")
        String masked,

        @Schema(description = "Id of the user it acts as") String userId,

        @Schema(description = "E-mail of the user it acts as")
        String ownerEmail,

        @Schema(enumeration = {"active", "expired", "revoked"})
        String status,

        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static TokenResponse of(PortalTokenView t) {
        return new TokenResponse(
                t.id(),
                t.name(),
                t.scope().name(),
                t.masked(),
                t.userId(),
                t.ownerEmail(),
                t.status(),
                t.createdAt(),
                t.expiresAt(),
                t.lastUsedAt(),
                t.revokedAt());
    }

    /** A page of tokens (for the OpenAPI document). */
    @Schema(name = "AccessTokenPage")
    record Page(List<TokenResponse> items, int page, int size, long total, long totalPages) {}

    /** A token just created: its secret, shown this once. */
    @Schema(name = "NewAccessToken")
    public record Created(
            TokenResponse token,

            @Schema(
                    description = "Send it as Authorization: Bearer; shown once, never again",
                    example = "gpat_3q2-7wEjR0m2aQ…")
            String secret) {}
}
