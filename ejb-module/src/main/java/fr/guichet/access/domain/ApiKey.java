package fr.guichet.access.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A named client API key of one tenant. Only a keyed hash of its secret is stored, with a visible prefix and
 * its last four characters to recognise it. It authenticates while it is neither revoked, nor past its
 * optional expiry, nor past the grace period that follows its rotation; once revoked it stays revoked.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    public static final int MAX_NAME = 80;
    /** The farthest expiry accepted, so that every database can store it. */
    static final Duration MAX_LIFETIME = Duration.ofDays(100 * 366L);

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "prefix", nullable = false, updatable = false)
    private String prefix;

    @Column(name = "last4", nullable = false, updatable = false)
    private String last4;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String hash;

    @Column(name = "allowed_models")
    private String allowedModels;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "rotated_to")
    private String rotatedTo;

    @Column(name = "grace_until")
    private Instant graceUntil;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspended_reason")
    private String suspendedReason;

    /** The key's own per-minute limit, under its tenant's (null: only the tenant's applies). */
    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    @Version
    private int version;

    protected ApiKey() {}

    /**
     * A new active key; {@code expiresAt} (optional) must be in the future; {@code allowedModels} null or empty
     * means every model. Every broken rule is reported at once.
     */
    static final int MAX_RATE = 100_000;

    public ApiKey(
            String tenantId,
            String name,
            ApiKeySecret secret,
            String hash,
            Instant expiresAt,
            List<String> allowedModels,
            String createdBy,
            Instant now) {
        Validation validation = new Validation()
                .text(name, "name", 1, MAX_NAME)
                .require(expiresAt == null || expiresAt.isAfter(now), "expiresAt", "must be in the future")
                .require(
                        expiresAt == null || !expiresAt.isAfter(now.plus(MAX_LIFETIME)),
                        "expiresAt",
                        "must be within 100 years");
        AllowedModels models = AllowedModels.check(allowedModels, "allowedModels", validation);
        validation.throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.name = name.strip();
        this.prefix = secret.prefix();
        this.last4 = secret.last4();
        this.hash = hash;
        this.expiresAt = expiresAt;
        this.allowedModels = models.toColumn();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public ApiKeyStatus statusAt(Instant now) {
        return ApiKeyStatus.at(now, revokedAt, expiresAt, graceUntil);
    }

    /** Revokes the key at once (a rotating key too); revoking again changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Revokes the key and forgets its name and suspension reason (the tenant's personal data is erased). */
    public void erase(Instant now) {
        revoke(now);
        name = "[erased]";
        suspendedReason = suspendedReason == null ? null : "[erased]";
    }

    /**
     * Replaces this active key by a new one with the same name, expiry and models; this key keeps working for
     * {@code grace} (never past its own expiry).
     */
    public ApiKey rotate(ApiKeySecret newSecret, String newHash, String actor, Duration grace, Instant now) {
        if (statusAt(now) != ApiKeyStatus.ACTIVE) {
            throw new DomainException(
                    ErrorCode.API_KEY_NOT_ACTIVE,
                    "Only an active key can be rotated; this one is "
                            + statusAt(now).wireName());
        }
        ApiKey successor = new ApiKey(
                tenantId, name, newSecret, newHash, expiresAt, allowedModels().ids(), actor, now);
        successor.requestsPerMinute = requestsPerMinute;
        this.rotatedTo = successor.id;
        this.graceUntil = now.plus(grace.isNegative() ? Duration.ZERO : grace);
        return successor;
    }

    /** Sets the key's own per-minute limit (1 to 100,000), or removes it (null). */
    public void limitRate(Integer perMinute) {
        new Validation()
                .require(
                        perMinute == null || perMinute >= 1 && perMinute <= MAX_RATE,
                        "requestsPerMinute",
                        "must be between 1 and " + MAX_RATE)
                .throwIfInvalid();
        this.requestsPerMinute = perMinute;
    }

    /** Suspends the key until it is reinstated; suspending a suspended key keeps the first reason. */
    public boolean suspend(String reason, Instant now) {
        if (suspendedAt != null) {
            return false;
        }
        this.suspendedAt = now;
        this.suspendedReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        return true;
    }

    /** Lifts a suspension; false when the key was not suspended. */
    public boolean reinstate() {
        if (suspendedAt == null) {
            return false;
        }
        this.suspendedAt = null;
        this.suspendedReason = null;
        return true;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public String suspendedReason() {
        return suspendedReason;
    }

    public Integer requestsPerMinute() {
        return requestsPerMinute;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public String last4() {
        return last4;
    }

    public String hash() {
        return hash;
    }

    public AllowedModels allowedModels() {
        return AllowedModels.fromColumn(allowedModels);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String rotatedTo() {
        return rotatedTo;
    }

    public Instant graceUntil() {
        return graceUntil;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public int version() {
        return version;
    }
}
