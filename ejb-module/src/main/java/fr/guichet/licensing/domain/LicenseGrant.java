package fr.guichet.licensing.domain;

import fr.guichet.tenancy.domain.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A tenant's licensed access in force: the plan it grants, until when, and what the tenant had before (plan and
 * standing) to go back to when it ends. One row per tenant, present only while access is in force.
 */
@Entity
@Table(name = "license_grant")
public class LicenseGrant {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "plan_id", nullable = false)
    private String planId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "previous_plan_id", updatable = false)
    private String previousPlanId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, updatable = false)
    private TenantStatus previousStatus;

    /** The end for which the tenant was warned that access ends soon; a later end is warned again. */
    @Column(name = "warned_for")
    private Instant warnedFor;

    @Version
    private int version;

    protected LicenseGrant() {}

    public LicenseGrant(String tenantId, LicensedPeriod.Span span, String previousPlanId, TenantStatus previousStatus) {
        this.tenantId = tenantId;
        this.previousPlanId = previousPlanId;
        this.previousStatus = previousStatus;
        follow(span);
    }

    /** The activations add up to another span (a key added, extended, suspended or reinstated). */
    public void follow(LicensedPeriod.Span span) {
        this.planId = span.planId();
        this.startsAt = span.startsAt();
        this.endsAt = span.endsAt();
    }

    public String tenantId() {
        return tenantId;
    }

    public String planId() {
        return planId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String previousPlanId() {
        return previousPlanId;
    }

    public TenantStatus previousStatus() {
        return previousStatus;
    }

    public Instant warnedFor() {
        return warnedFor;
    }
}
