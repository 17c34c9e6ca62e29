package fr.guichet.tenancy.service;

import java.time.Instant;

/**
 * Changes to a tenant: every null field is left as it is. {@code status} is a wire name (e.g.
 * {@code past_due}); {@code billing}, when given, replaces the whole billing identity; {@code planId}, when
 * given, must name an enabled plan.
 */
public record TenantChanges(
        String name,
        String contactEmail,
        String status,
        Instant trialEndsAt,
        String timeZone,
        TenantView.Billing billing,
        String planId,
        String language) {}
