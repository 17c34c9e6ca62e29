package fr.guichet.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    protected AuditEvent() {}

    AuditEvent(Instant at, String actor, String tenantId, String action, String subject, String reason) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = at;
        this.actor = cut(actor, 200);
        this.tenantId = tenantId;
        this.action = cut(action, 64);
        this.subject = cut(subject, 200);
        this.reason = cut(reason, 1000);
    }

    private static String cut(String text, int max) {
        String value = text == null || text.isBlank() ? "-" : text.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String tenantId() {
        return tenantId;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String reason() {
        return reason;
    }
}
