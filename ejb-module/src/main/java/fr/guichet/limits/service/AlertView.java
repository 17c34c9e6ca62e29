package fr.guichet.limits.service;

import fr.guichet.limits.domain.AlertEvent;
import java.time.Instant;

/** An alert as the web layers show it. */
public record AlertView(String id, String tenantId, String kind, String message, Instant createdAt) {

    static AlertView of(AlertEvent e) {
        return new AlertView(e.id(), e.tenantId(), e.kind().wireName(), e.message(), e.createdAt());
    }
}
