package fr.guichet.licensing.service;

import java.time.Instant;

/** An operator's order for license keys; null fields take their defaults (30 days, 1 activation, 1 key). */
public record NewLicenses(
        String planId,
        Integer durationDays,
        Integer maxActivations,
        Integer count,
        String reseller,
        String note,
        Instant validFrom,
        Instant activateBefore) {}
