package fr.guichet.tenancy.service;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.domain.Slug;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Opens, finds, lists and changes tenants. Operators only: the web layer checks the caller. */
@Stateless
public class TenantService {

    @Inject
    TenantRepository tenants;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    TenancyConfig config;

    @Inject
    AssignablePlans plans;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    Event<TenantChanged> changed;

    @Inject
    fr.guichet.audit.AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Opens a tenant in trial with its first tenant admin, who is mailed a one-time link to choose a password
     * (nobody knows the password the account starts with).
     */
    public TenantCreated create(NewTenant request) {
        Instant now = clock.instant();
        String adminEmail = request.adminEmail() == null ? request.contactEmail() : request.adminEmail();
        // Every rule checked before any is reported: a form shows all that is wrong at once.
        Validation validation = new Validation()
                .text(request.name(), "name", 1, 120)
                .email(request.contactEmail(), "contactEmail")
                .optionalText(request.adminName(), "adminName", 120);
        if (request.adminEmail() != null) {
            validation.email(adminEmail, "adminEmail");
        }
        String slug = checked(validation, () -> Slug.validate(request.slug(), "slug"));
        ZoneId zone = request.timeZone() == null
                ? config.zone()
                : checked(validation, () -> Tenant.parseZone(request.timeZone(), "timeZone"));
        validation.throwIfInvalid();
        if (tenants.findBySlug(slug).isPresent()) {
            throw slugTaken(slug);
        }
        Tenant tenant =
                new Tenant(request.name(), slug, request.contactEmail(), zone, now.plus(config.trialLength()), now);
        UserAccount admin = UserAccount.tenantUser(
                tenant, adminEmail, request.adminName(), Role.TENANT_ADMIN, passwords.hash(passwords.generate()), now);
        try {
            tenants.add(tenant);
            users.add(admin);
            users.flush();
        } catch (PersistenceException e) {
            // Two requests raced for the same slug: the unique constraint decided.
            throw slugTaken(slug);
        }
        changed.fire(new TenantChanged(tenant.id()));
        return new TenantCreated(TenantView.of(tenant), UserView.of(admin), passwordLinks.welcome(tenant, admin));
    }

    public TenantView get(String id) {
        return TenantView.of(require(id));
    }

    /** The tenant with this slug, if any. */
    public Optional<TenantView> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantView::of);
    }

    public Page<TenantView> search(String status, String text, PageRequest page) {
        TenantStatus wanted = status == null || status.isBlank() ? null : TenantStatus.parse(status, "status");
        new Validation().optionalText(text, "q", 100).throwIfInvalid();
        return tenants.search(wanted, text, page).map(TenantView::of);
    }

    /**
     * An operator moves a tenant to {@code status}: suspending or cancelling it needs a reason (3 to 500 characters),
     * any other move may give one. The move and its reason go to the audit log, under {@code actor}.
     */
    public TenantView changeStatus(String id, String status, String reason, String actor) {
        return update(id, new TenantChanges(null, null, status, null, null, null, null, null), reason, "reason", actor);
    }

    /**
     * An operator's change of a tenant, in one transaction: a change of status follows {@link #changeStatus}'s rules
     * (a reason to suspend or cancel, the move audited under {@code actor}); nothing is changed when a rule is broken.
     */
    public TenantView update(String id, TenantChanges changes, String statusReason, String actor) {
        return update(id, changes, statusReason, "statusReason", actor);
    }

    private TenantView update(String id, TenantChanges changes, String statusReason, String field, String actor) {
        String why = statusReason == null || statusReason.isBlank() ? null : statusReason.strip();
        if (changes.status() != null) {
            TenantStatus target = TenantStatus.parse(changes.status(), "status");
            boolean needsReason = target == TenantStatus.SUSPENDED || target == TenantStatus.CANCELLED;
            new Validation()
                    .require(!needsReason || why != null, field, "is required to suspend or cancel a client")
                    .require(why == null || why.length() >= 3, field, "must be at least 3 characters")
                    .require(why == null || why.length() <= 500, field, "must be at most 500 characters")
                    .throwIfInvalid();
        }
        TenantStatus before = require(id).status();
        TenantView after = update(id, changes);
        if (before != after.status()) {
            audit.write(
                    actor,
                    id,
                    "tenant.status.changed",
                    "tenant:" + id,
                    before.wireName() + " to " + after.status().wireName() + (why == null ? "" : ": " + why));
        }
        return after;
    }

    /** How many tenants are in each status, every status present (zero when none). */
    public java.util.Map<TenantStatus, Long> countByStatus() {
        java.util.Map<TenantStatus, Long> counts = new java.util.EnumMap<>(TenantStatus.class);
        for (TenantStatus status : TenantStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(tenants.countByStatus());
        return counts;
    }

    /** Tenants whose trial ends within {@code days} days (or has ended while still in trial), the soonest first. */
    public Page<TenantView> trialsEnding(int days, PageRequest page) {
        return tenants.trialsEndingBefore(clock.instant().plus(java.time.Duration.ofDays(days)), page)
                .map(TenantView::of);
    }

    /** The tenant's own choice of the language of its mails and documents ({@code fr} or {@code en}). */
    public TenantView changeLanguage(String id, String language, String actor) {
        Tenant tenant = require(id);
        String before = tenant.language();
        tenant.changeLanguage(language, clock.instant());
        if (!before.equals(tenant.language())) {
            audit.write(actor, id, "tenant.language.changed", "tenant:" + id, before + " → " + tenant.language());
            changed.fire(new TenantChanged(id));
        }
        return TenantView.of(tenant);
    }

    public TenantView update(String id, TenantChanges changes) {
        Tenant tenant = require(id);
        Instant now = clock.instant();
        TenantStatus target = changes.status() == null ? null : TenantStatus.parse(changes.status(), "status");
        if (changes.name() != null) {
            tenant.rename(changes.name(), now);
        }
        if (changes.contactEmail() != null) {
            tenant.changeContactEmail(changes.contactEmail(), now);
        }
        if (changes.language() != null) {
            tenant.changeLanguage(changes.language(), now);
        }
        if (changes.timeZone() != null) {
            tenant.changeTimeZone(changes.timeZone(), now);
        }
        if (changes.billing() != null) {
            tenant.changeBilling(changes.billing().toIdentity(), now);
        }
        if (changes.trialEndsAt() != null) {
            tenant.extendTrial(changes.trialEndsAt(), now);
        }
        if (target != null) {
            tenant.moveTo(target, now);
        }
        if (changes.planId() != null) {
            plans.check(changes.planId(), "planId");
            tenant.changePlan(changes.planId().strip(), now);
        }
        changed.fire(new TenantChanged(id));
        return TenantView.of(tenant);
    }

    /** The value, or null with its rule's violations added to {@code validation}. */
    private static <T> T checked(Validation validation, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (DomainException e) {
            e.violations().forEach(v -> validation.require(false, v.field(), v.message()));
            if (e.violations().isEmpty()) {
                throw e;
            }
            return null;
        }
    }

    private Tenant require(String id) {
        return tenants.find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + id));
    }

    private static DomainException slugTaken(String slug) {
        return new DomainException(ErrorCode.SLUG_TAKEN, "The slug '" + slug + "' is already in use");
    }
}
