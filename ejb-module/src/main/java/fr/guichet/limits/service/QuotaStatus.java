package fr.guichet.limits.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tenant's monthly counters against its plan's limits (null: unlimited). The counters include what calls
 * running right now reserved; they settle to real usage when those calls end.
 */
public record QuotaStatus(
        String period,
        String timeZone,
        Instant resetsAt,
        long requests,
        Long requestLimit,
        long tokens,
        Long tokenLimit,
        BigDecimal costEur,
        BigDecimal spendCapEur) {}
