package fr.guichet.audit;

import java.time.Instant;

/** A line of the audit log as the web layers show it. */
public record AuditView(
        String id, Instant occurredAt, String actor, String tenantId, String action, String subject, String reason) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.id(), e.occurredAt(), e.actor(), e.tenantId(), e.action(), e.subject(), e.reason());
    }
}
