package fr.guichet.metering.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the chat path reports about one call. {@code requestId} makes recording idempotent: the same id
 * recorded twice is one event. {@code apiKeyId}, {@code userId} and {@code providerId} may be null.
 * {@code reason} says why Guichet refused a {@link Outcome#REJECTED} call (the wire name of its error code, e.g.
 * {@code insufficient_quota}, at most {@value UsageEvent#REASON_LENGTH} characters); null for other outcomes.
 */
public record UsageRecord(
        String requestId,
        String tenantId,
        String apiKeyId,
        String userId,
        String providerId,
        String model,
        long inputTokens,
        long outputTokens,
        boolean estimated,
        BigDecimal costEur,
        long latencyMs,
        Outcome outcome,
        String reason,
        boolean fallbackUsed,
        Instant occurredAt) {}
