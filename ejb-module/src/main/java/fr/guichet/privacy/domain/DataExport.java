package fr.guichet.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A client's export of its data: asked by a user, built once in the background (a server claims it for a while), then
 * downloadable until it expires through a link whose token only the requester received (its SHA-256 kept here).
 */
@Entity
@Table(name = "data_export")
public class DataExport {

    /** Attempts after which a failing export is given up (the client may ask again). */
    public static final int MAX_ATTEMPTS = 3;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ExportStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Version
    private int version;

    protected DataExport() {}

    public DataExport(String tenantId, String userId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.userId = userId;
        this.status = ExportStatus.PENDING;
        this.createdAt = now;
    }

    /** Whether this server's claim on it still holds: only then may it finish or fail it. */
    public boolean claimedAt(Instant now) {
        return status == ExportStatus.RUNNING && claimedUntil != null && now.isBefore(claimedUntil);
    }

    /** Whether it is still to be built (waiting, or claimed by a server that stopped before the end of its claim). */
    public boolean inProgress() {
        return status == ExportStatus.PENDING || status == ExportStatus.RUNNING;
    }

    public void ready(String tokenHash, long size, Instant expiresAt, Instant now) {
        this.status = ExportStatus.READY;
        this.tokenHash = tokenHash;
        this.sizeBytes = size;
        this.readyAt = now;
        this.expiresAt = expiresAt;
        this.claimedUntil = null;
        this.lastError = null;
    }

    /** An attempt failed: it waits for the next one, or is given up after the last. */
    public void failed(String error, Instant now) {
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        claimedUntil = null;
        status = attempts >= MAX_ATTEMPTS ? ExportStatus.FAILED : ExportStatus.PENDING;
    }

    public void expire() {
        status = ExportStatus.EXPIRED;
        tokenHash = null;
    }

    public boolean downloadableAt(Instant now) {
        return status == ExportStatus.READY && expiresAt != null && now.isBefore(expiresAt);
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

    public ExportStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
