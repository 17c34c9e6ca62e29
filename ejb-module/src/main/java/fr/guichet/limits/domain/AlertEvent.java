package fr.guichet.limits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a tenant admin and the operators must know: a quota at 80 % or 100 % (once per period: the dedup
 * key is unique), an API key suspended for abuse.
 */
@Entity
@Table(name = "alert_event")
public class AlertEvent {

    @Id
    private String id;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    private String dedupKey;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "message", nullable = false, updatable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AlertEvent() {}

    public AlertEvent(String dedupKey, String tenantId, AlertKind kind, String message, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.dedupKey = dedupKey;
        this.tenantId = tenantId;
        this.kind = kind.name();
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public String tenantId() {
        return tenantId;
    }

    public AlertKind kind() {
        return AlertKind.valueOf(kind);
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
