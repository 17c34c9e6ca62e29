package fr.guichet.metering.repository;

import fr.guichet.metering.domain.Outcome;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The columns of a usage event that a report needs: when, whose (tenant, API key: null for none), which model and
 * provider (null when refused before one was chosen), how it ended ({@code reason} only for a refusal), its tokens
 * and cost.
 */
public record UsageRow(
        Instant occurredAt,
        String tenantId,
        String apiKeyId,
        String model,
        String providerId,
        Outcome outcome,
        String reason,
        long inputTokens,
        long outputTokens,
        BigDecimal costEur) {}
