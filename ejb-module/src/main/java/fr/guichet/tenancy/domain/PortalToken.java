package fr.guichet.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A portal user's personal access token: named, with a scope and an expiry, sent as {@code Authorization: Bearer}
 * on {@code /api/portal}. Only a SHA-256 of the secret is kept (the secret carries 256 random bits, so no guess can
 * be tested against it), with its first and last characters to tell tokens apart.
 */
@Entity
@Table(name = "portal_token")
public class PortalToken {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false)
    private TokenScope scope;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "prefix", nullable = false, updatable = false)
    private String prefix;

    @Column(name = "last_four", nullable = false, updatable = false)
    private String lastFour;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PortalToken() {}

    public PortalToken(
            String tenantId,
            String userId,
            String name,
            TokenScope scope,
            String tokenHash,
            String secret,
            Instant now,
            Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.userId = userId;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.prefix = secret.substring(0, Math.min(10, secret.length()));
        this.lastFour = secret.substring(secret.length() - 4);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether the token opens the portal at {@code now}: not revoked, not expired. */
    public boolean live(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** The token as it may be shown: {@code gpat_AbCd…wxyz}. */
    public String masked() {
        return prefix + "…" + lastFour;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public TokenScope scope() {
        return scope;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
