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
 * A one-time link that lets a user choose their password. Only a SHA-256 of the link's token is kept; the link
 * works once, until it expires, and choosing a password through any link ends all the user's other links.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false)
    private PasswordLinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PasswordLink() {}

    public PasswordLink(String userId, PasswordLinkPurpose purpose, String tokenHash, Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public PasswordLinkPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
