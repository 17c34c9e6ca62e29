package fr.guichet.licensing.service;

import java.time.Instant;

/** One tenant's activation of a key, with the tenant's licensed access after it. */
public record ActivationView(
        String id,
        String licenseId,
        String tenantId,
        String userId,
        Instant activatedAt,
        int days,
        String planId,
        Instant accessEndsAt) {}
