package fr.guichet.metering.service;

import fr.guichet.limits.domain.Reservation;
import java.util.Objects;
import java.util.Optional;

/**
 * A call as metering knows it: its request id (one usage event per id), who made it (tenant, API key, the user
 * whose key it is, if any), what it reserved from the monthly quotas (empty before the reservation, or when it was
 * refused), and when it started ({@link System#nanoTime()}, for its latency).
 */
public record MeteredCall(
        String requestId,
        String tenantId,
        String apiKeyId,
        Optional<String> userId,
        Optional<Reservation> reservation,
        long startNanos) {

    public MeteredCall {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reservation, "reservation");
    }

    /** This call once its reservation is taken. */
    public MeteredCall reserved(Reservation taken) {
        return new MeteredCall(requestId, tenantId, apiKeyId, userId, Optional.of(taken), startNanos);
    }
}
