package fr.guichet.privacy.service;

import fr.guichet.privacy.domain.Erasure;
import java.time.Instant;

/**
 * An erasure as operators and the client see it: {@code status} is {@code pending}, {@code cancelled} or
 * {@code done}; {@code reason} is {@code cancelled} (the tenant was cancelled) or {@code requested} (the client asked).
 */
public record ErasureView(
        String id,
        String tenantId,
        String tenantName,
        String reason,
        String status,
        String requestedBy,
        Instant dueAt,
        Instant createdAt,
        Instant cancelledAt,
        String cancelledBy,
        Instant doneAt) {

    static ErasureView of(Erasure e, String tenantName) {
        return new ErasureView(
                e.id(),
                e.tenantId(),
                tenantName,
                e.reason().wireName(),
                e.doneAt() != null ? "done" : e.cancelledAt() != null ? "cancelled" : "pending",
                e.requestedBy(),
                e.dueAt(),
                e.createdAt(),
                e.cancelledAt(),
                e.cancelledBy(),
                e.doneAt());
    }
}
