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
 * The erasure of one tenant's personal data: due at an instant, cancellable until then, done once. A tenant has at
 * most one pending erasure.
 */
@Entity
@Table(name = "erasure")
public class Erasure {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private ErasureReason reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private int version;

    protected Erasure() {}

    public Erasure(String tenantId, ErasureReason reason, String requestedBy, Instant dueAt, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.dueAt = dueAt;
        this.createdAt = now;
    }

    public boolean pending() {
        return cancelledAt == null && doneAt == null;
    }

    public boolean dueAt(Instant now) {
        return pending() && !dueAt.isAfter(now);
    }

    /** Cancels a pending erasure; false when it was no longer pending. */
    public boolean cancel(String by, Instant now) {
        if (!pending()) {
            return false;
        }
        cancelledAt = now;
        cancelledBy = by;
        return true;
    }

    public void done(Instant now) {
        doneAt = now;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public ErasureReason reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
