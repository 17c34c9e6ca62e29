package fr.guichet.metering.repository;

import fr.guichet.metering.domain.Outcome;
import java.math.BigDecimal;
import java.time.Instant;

/** The few columns of a usage event that a daily series needs; {@code reason} is null unless it was refused. */
public record UsageRow(
        Instant occurredAt, long inputTokens, long outputTokens, BigDecimal costEur, Outcome outcome, String reason) {}
