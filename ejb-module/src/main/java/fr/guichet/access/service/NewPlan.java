package fr.guichet.access.service;

import java.math.BigDecimal;

/** A plan to create. Null limits and caps mean unlimited or none; {@code enabled} null means true. */
public record NewPlan(
        String code,
        String name,
        BigDecimal monthlyPriceEur,
        Integer trialDays,
        Long requestsPerMonth,
        Integer requestsPerMinute,
        Long tokensPerMonth,
        BigDecimal spendCapEur,
        BigDecimal extraKeyPriceEur,
        Boolean enabled) {}
