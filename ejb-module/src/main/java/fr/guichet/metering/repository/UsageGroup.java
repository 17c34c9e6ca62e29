package fr.guichet.metering.repository;

import fr.guichet.metering.domain.Outcome;
import java.math.BigDecimal;

/**
 * The events of a period that share a tenant, model, provider, API key, outcome and refusal reason, summed by the
 * database: how many calls, their tokens and their cost in EUR. {@code providerId}, {@code apiKeyId} and
 * {@code reason} may be null, as on the events.
 */
public record UsageGroup(
        String tenantId,
        String model,
        String providerId,
        String apiKeyId,
        Outcome outcome,
        String reason,
        long calls,
        long inputTokens,
        long outputTokens,
        BigDecimal costEur) {}
