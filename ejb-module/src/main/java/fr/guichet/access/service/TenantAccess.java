package fr.guichet.access.service;

import fr.guichet.tenancy.domain.TenantStatus;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the {@code /v1} gate needs of a caller's tenant, remembered briefly by each server: its status and trial
 * end, its zone (quota periods are its calendar months), and its plan's per-minute rate (null: no plan).
 */
public record TenantAccess(
        String tenantId,
        TenantStatus status,
        Instant trialEndsAt,
        ZoneId zone,
        String planId,
        String planName,
        Integer requestsPerMinute) {

    /** Whether the tenant is suspended or cancelled. */
    public boolean suspended() {
        return !status.grantsAccess();
    }

    /** Whether the tenant is still in trial after its trial ended: it must subscribe to go on. */
    public boolean trialOver(Instant now) {
        return status == TenantStatus.TRIAL && trialEndsAt != null && !now.isBefore(trialEndsAt);
    }
}
