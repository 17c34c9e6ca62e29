package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A client of the operator: the unit of isolation. Everything a tenant's users and keys create belongs to
 * exactly one tenant. Its slug never changes; its status says whether it may use the service.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TenantStatus status;

    @Column(name = "trial_ends_at")
    private Instant trialEndsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Embedded
    private BillingIdentity billing;

    /** The language of the tenant's documents and mails: {@code fr} or {@code en}. */
    @Column(name = "language", nullable = false)
    private String language;

    /** The current plan's id (the access feature owns plans); null: no plan, the default chain applies. */
    @Column(name = "plan_id")
    private String planId;

    /** Who put the tenant in its status when it was not an operator (e.g. {@code billing:dunning}); null otherwise. */
    @Column(name = "status_by")
    private String statusBy;

    /** When the tenant's personal data was erased; null while it is kept. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Tenant() {}

    /** A new tenant in trial until {@code trialEndsAt}. */
    public Tenant(String name, String slug, String contactEmail, ZoneId timeZone, Instant trialEndsAt, Instant now) {
        new Validation()
                .text(name, "name", 1, 120)
                .email(contactEmail, "contactEmail")
                .throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.name = name.strip();
        this.slug = Slug.validate(slug, "slug");
        this.contactEmail = Validation.normalizeEmail(contactEmail);
        this.status = TenantStatus.TRIAL;
        this.trialEndsAt = trialEndsAt;
        this.timeZone = timeZone.getId();
        this.billing = BillingIdentity.empty();
        this.language = "fr";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        new Validation().text(newName, "name", 1, 120).throwIfInvalid();
        this.name = newName.strip();
        touch(now);
    }

    public void changeContactEmail(String email, Instant now) {
        new Validation().email(email, "contactEmail").throwIfInvalid();
        this.contactEmail = Validation.normalizeEmail(email);
        touch(now);
    }

    public void moveTo(TenantStatus target, Instant now) {
        moveTo(target, null, now);
    }

    /**
     * Moves to {@code target}, saying who did when it is not an operator ({@code by}, e.g. {@code billing:dunning}):
     * what a process did, it may undo; what an operator did, it leaves.
     */
    public void moveTo(TenantStatus target, String by, Instant now) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new DomainException(
                    ErrorCode.INVALID_STATUS_TRANSITION,
                    "A tenant cannot go from " + status.wireName() + " to " + target.wireName());
        }
        this.status = target;
        this.statusBy = by;
        touch(now);
    }

    public String statusBy() {
        return statusBy;
    }

    /**
     * Moves the end of the trial, while the tenant is in trial: later to extend it, or as early as its creation
     * to end it now (its keys then answer 402 until it subscribes).
     */
    public void extendTrial(Instant until, Instant now) {
        if (status != TenantStatus.TRIAL) {
            throw DomainException.invalid("trialEndsAt", "can only change while the tenant is in trial");
        }
        if (until == null || until.isBefore(createdAt)) {
            throw DomainException.invalid("trialEndsAt", "must not be before the tenant's creation");
        }
        this.trialEndsAt = until;
        touch(now);
    }

    public void changeTimeZone(String zone, Instant now) {
        this.timeZone = parseZone(zone, "timeZone").getId();
        touch(now);
    }

    public void changeLanguage(String lang, Instant now) {
        String clean = lang == null ? "" : lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (!clean.equals("fr") && !clean.equals("en")) {
            throw DomainException.invalid("language", "must be fr or en");
        }
        this.language = clean;
        touch(now);
    }

    public String language() {
        return language;
    }

    public void changeBilling(BillingIdentity identity, Instant now) {
        this.billing = identity;
        touch(now);
    }

    /** Moves the tenant to another plan (the caller checked that it may be given); limits follow at once. */
    public void changePlan(String planId, Instant now) {
        this.planId = planId;
        touch(now);
    }

    /**
     * Licensed access begins (a license key was activated): the tenant moves to the licensed plan, and a tenant in
     * trial becomes active. A suspended or cancelled tenant stays so (the caller refuses it first).
     */
    public void beginLicensedAccess(String licensedPlanId, Instant now) {
        this.planId = licensedPlanId;
        if (status == TenantStatus.TRIAL) {
            this.status = TenantStatus.ACTIVE;
        }
        touch(now);
    }

    /**
     * Licensed access moves to another plan (the latest key activated grants another one), unless an operator gave
     * the tenant a plan of their choosing meanwhile: that choice stands.
     */
    public void followLicensedPlan(String licensedPlanId, String newLicensedPlanId, Instant now) {
        if (java.util.Objects.equals(planId, licensedPlanId) && !java.util.Objects.equals(planId, newLicensedPlanId)) {
            this.planId = newLicensedPlanId;
            touch(now);
        }
    }

    /**
     * Licensed access ended (expired, or its keys were revoked): a tenant still on the licensed plan goes back to the
     * plan it had before, and one that was in trial goes back to its trial, which answers 402 once over (the only
     * way back into the trial). A plan an operator gave meanwhile, and a standing it set (suspended, cancelled),
     * stand.
     */
    public void endLicensedAccess(
            String licensedPlanId, String previousPlanId, TenantStatus previousStatus, Instant now) {
        if (!java.util.Objects.equals(planId, licensedPlanId)) {
            return;
        }
        this.planId = previousPlanId;
        if (previousStatus == TenantStatus.TRIAL && status == TenantStatus.ACTIVE) {
            this.status = TenantStatus.TRIAL;
        }
        touch(now);
    }

    public static ZoneId parseZone(String zone, String field) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw DomainException.invalid(field, "must be an IANA time zone such as Europe/Paris");
        }
    }

    /**
     * Erases what names the client: its name, slug (its portal address), contact e-mail and billing identity give way
     * to marks made of its id. Its status, plan and dates stay; issued invoices keep the buyer they were made out to.
     */
    public void erase(Instant now) {
        String mark = id.replace("-", "").substring(0, 24);
        this.name = "[erased " + mark.substring(0, 8) + "]";
        this.slug = "erased-" + mark;
        this.contactEmail = "erased-" + mark + "@erased.invalid";
        this.billing = BillingIdentity.empty();
        this.erasedAt = now;
        touch(now);
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public TenantStatus status() {
        return status;
    }

    public Instant trialEndsAt() {
        return trialEndsAt;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public BillingIdentity billing() {
        return billing == null ? BillingIdentity.empty() : billing;
    }

    public String planId() {
        return planId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
