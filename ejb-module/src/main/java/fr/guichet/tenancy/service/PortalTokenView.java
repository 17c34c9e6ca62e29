package fr.guichet.tenancy.service;

import fr.guichet.tenancy.domain.PortalToken;
import fr.guichet.tenancy.domain.TokenScope;
import java.time.Instant;

/**
 * A personal access token as its owner and the tenant's admins see it (never the secret): {@code status} is
 * {@code active}, {@code expired} or {@code revoked}.
 */
public record PortalTokenView(
        String id,
        String name,
        TokenScope scope,
        String masked,
        String userId,
        String ownerEmail,
        String status,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static PortalTokenView of(PortalToken token, String ownerEmail, Instant now) {
        String status = token.revokedAt() != null ? "revoked" : token.live(now) ? "active" : "expired";
        return new PortalTokenView(
                token.id(),
                token.name(),
                token.scope(),
                token.masked(),
                token.userId(),
                ownerEmail,
                status,
                token.createdAt(),
                token.expiresAt(),
                token.lastUsedAt(),
                token.revokedAt());
    }
}
