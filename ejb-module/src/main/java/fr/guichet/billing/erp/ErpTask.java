package fr.guichet.billing.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing to bring to Dolibarr, at its position in its tenant's queue: tasks of a tenant are sent in that order,
 * and a task waits while the one before it is not done.
 */
@Entity
@Table(name = "erp_task")
public class ErpTask {

    /** The longest wait between two attempts, however many failed. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private static final int MAX_ERROR = 1000;

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ErpTaskKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ErpTaskStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private int version;

    protected ErpTask() {}

    public ErpTask(String tenantId, long seq, ErpTaskKind kind, String subjectId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.seq = seq;
        this.kind = kind;
        this.subjectId = subjectId;
        this.status = ErpTaskStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void done(Instant now) {
        status = ErpTaskStatus.DONE;
        doneAt = now;
        lastError = null;
    }

    /** Dolibarr could not be reached or failed: tried again after {@code base} doubled per attempt, at most an hour. */
    public void retryLater(String error, Duration base, Instant now) {
        attempts++;
        lastError = cut(error);
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = base.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    }

    /** The task waits for something outside it (the sync halted): it says why, its attempts unchanged. */
    public void hold(String reason) {
        lastError = cut(reason);
    }

    /** Dolibarr refused it for a reason retrying will not change: it stops, and so do the tenant's next tasks. */
    public void stop(String error, Instant now) {
        attempts++;
        status = ErpTaskStatus.FAILED;
        lastError = cut(error);
        nextAttemptAt = now;
    }

    /** An operator asks for it now (a stopped task, or one waiting for its next attempt). */
    public void retryNow(Instant now) {
        if (status != ErpTaskStatus.DONE) {
            status = ErpTaskStatus.PENDING;
            nextAttemptAt = now;
        }
    }

    private static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long seq() {
        return seq;
    }

    public ErpTaskKind kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public ErpTaskStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
