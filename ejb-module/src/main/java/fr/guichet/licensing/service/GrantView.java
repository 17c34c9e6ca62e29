package fr.guichet.licensing.service;

import fr.guichet.licensing.domain.LicenseGrant;
import java.time.Instant;

/** A tenant's licensed access in force: the plan, since and until when, and the plan it goes back to. */
public record GrantView(
        String tenantId,
        String planId,
        Instant startsAt,
        Instant endsAt,
        String previousPlanId,
        String previousStatus) {

    static GrantView of(LicenseGrant g) {
        return new GrantView(
                g.tenantId(),
                g.planId(),
                g.startsAt(),
                g.endsAt(),
                g.previousPlanId(),
                g.previousStatus().wireName());
    }
}
