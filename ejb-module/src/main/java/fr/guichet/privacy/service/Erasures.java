package fr.guichet.privacy.service;

import fr.guichet.access.service.AccessErasure;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.MailLinks;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.privacy.domain.Erasure;
import fr.guichet.privacy.domain.ErasureReason;
import fr.guichet.privacy.domain.PrivacySettings;
import fr.guichet.privacy.repository.ErasureRepository;
import fr.guichet.privacy.repository.PrivacySettingsRepository;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import fr.guichet.tenancy.service.UserService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Schedules, cancels and lists the erasures of tenants' personal data. A cancelled tenant's data is erased once its
 * retention has passed; a client who asks for the deletion of its account loses its data after the grace period.
 * Until then the erasure can be cancelled; the client is told by mail when it is scheduled and when it is done
 * ({@link ErasureRun} does it).
 */
@Stateless
public class Erasures {

    @Inject
    ErasureRepository erasures;

    @Inject
    PrivacySettingsRepository settings;

    @Inject
    PrivacyConfig config;

    @Inject
    TenantRepository tenants;

    @Inject
    UserService users;

    @Inject
    Outbox outbox;

    @Inject
    MailLinks links;

    @Inject
    AuditLog audit;

    @Inject
    AccessErasure access;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    /**
     * Follows a tenant's status: cancelled, its erasure is scheduled after its retention; back from cancelled, an
     * erasure scheduled for the cancellation is called off.
     */
    public void followStatus(String tenantId) {
        Optional<Tenant> found = tenants.find(tenantId).filter(t -> t.erasedAt() == null);
        if (found.isEmpty()) {
            return;
        }
        Tenant tenant = found.get();
        Optional<Erasure> pending = erasures.pendingOf(tenantId);
        if (tenant.status() == TenantStatus.CANCELLED && pending.isEmpty()) {
            Duration kept = Duration.ofDays(retentionDays(tenantId));
            schedule(
                    tenant,
                    ErasureReason.CANCELLED,
                    AuditLog.SYSTEM,
                    clock.instant().plus(kept));
        } else if (tenant.status() != TenantStatus.CANCELLED
                && pending.isPresent()
                && pending.get().reason() == ErasureReason.CANCELLED) {
            cancel(
                    pending.get(),
                    AuditLog.SYSTEM,
                    "the tenant is " + tenant.status().wireName() + " again");
        }
    }

    /**
     * The client's administrator asks for the account's deletion, confirmed by its password: scheduled after the
     * grace period, and the account's API keys revoked at once.
     */
    public ErasureView request(String tenantId, String userId, String password, String actor) {
        users.confirmPassword(tenantId, userId, password);
        Tenant tenant = tenants.findForUpdate(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No such tenant"));
        Optional<Erasure> pending = erasures.pendingOf(tenantId);
        if (pending.isPresent() && pending.get().reason() == ErasureReason.REQUESTED) {
            throw new DomainException(
                    ErrorCode.DELETION_ALREADY_SCHEDULED,
                    "The deletion of this account is already scheduled for "
                            + pending.get().dueAt());
        }
        Instant due = clock.instant().plus(config.deletionGrace());
        if (pending.isPresent() && pending.get().dueAt().isBefore(due)) {
            due = pending.get().dueAt(); // never later than the erasure a cancellation had scheduled
        }
        // A deletion asked for replaces the erasure a cancellation had scheduled.
        pending.ifPresent(p -> cancel(p, actor, "replaced by the deletion the client asked for"));
        Erasure scheduled = schedule(tenant, ErasureReason.REQUESTED, actor, due);
        // The keys stop at once, not at the erasure: a client leaving wants no more calls billed. Calling the
        // deletion off does not bring them back (the client makes new ones).
        int revoked = access.revokeAll(tenantId);
        audit.write(
                actor, tenantId, "privacy.keys.revoked", "erasure:" + scheduled.id(), revoked + " API keys revoked");
        return ErasureView.of(scheduled, tenant.name());
    }

    /** The tenant's pending erasure, if any (the client's portal, the console). */
    public Optional<ErasureView> pendingOf(String tenantId) {
        return erasures.pendingOf(tenantId).map(e -> view(e));
    }

    /** The client calls off its pending erasure (scoped to its tenant). */
    public ErasureView cancelOwn(String tenantId, String actor) {
        tenants.findForUpdate(tenantId);
        Erasure erasure = erasures.pendingOf(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.ERASURE_NOT_FOUND, "No deletion is scheduled"));
        cancel(erasure, actor, "called off by the client");
        afterCallOff(erasure);
        return view(erasure);
    }

    /** An operator calls off a pending erasure, with a reason. */
    public ErasureView cancel(String erasureId, String actor, String reason) {
        new fr.guichet.common.domain.Validation()
                .textBlock(reason, "reason", 1, 1000)
                .throwIfInvalid();
        Erasure erasure = erasures.find(erasureId)
                .orElseThrow(() -> new DomainException(ErrorCode.ERASURE_NOT_FOUND, "No erasure " + erasureId));
        tenants.findForUpdate(erasure.tenantId());
        if (!erasure.pending()) {
            throw new DomainException(ErrorCode.ERASURE_NOT_PENDING, "The erasure " + erasureId + " is not pending");
        }
        cancel(erasure, actor, reason.strip());
        if (erasure.reason() == ErasureReason.REQUESTED) {
            afterCallOff(erasure); // an operator keeping a client's data past its retention calls that one off too
        }
        return view(erasure);
    }

    /** Erasures, the latest due first; {@code pendingOnly}: those still to run; {@code tenantId} null: all. */
    public Page<ErasureView> list(boolean pendingOnly, String tenantId, PageRequest page) {
        Page<Erasure> found = erasures.list(pendingOnly, tenantId, page);
        return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
    }

    public PrivacySettingsView settings(String tenantId) {
        return new PrivacySettingsView(retentionDays(tenantId), PrivacySettings.RETENTIONS);
    }

    /** Changes the tenant's retention; a scheduled erasure keeps its date (the client was told it). */
    public PrivacySettingsView changeRetention(String tenantId, Integer days, String actor) {
        if (days == null) {
            throw DomainException.invalid("retentionDays", "must be one of 30, 90, 180 or 365 days");
        }
        Instant now = clock.instant();
        tenants.findForUpdate(tenantId); // two first changes at once take turns: one row
        Optional<PrivacySettings> existing = settings.find(tenantId);
        if (existing.isPresent()) {
            existing.get().changeRetention(days, now);
        } else {
            settings.add(new PrivacySettings(tenantId, days, now));
        }
        audit.write(actor, tenantId, "privacy.retention.changed", "tenant:" + tenantId, days + " days");
        return settings(tenantId);
    }

    /**
     * A client of a cancelled account called off the deletion it had asked for: the account's data still goes once
     * its retention has passed, on the date a cancellation gave it (or from now, when it had none).
     */
    private void afterCallOff(Erasure calledOff) {
        Tenant tenant = tenants.find(calledOff.tenantId()).orElse(null);
        if (calledOff.reason() != ErasureReason.REQUESTED
                || tenant == null
                || tenant.status() != TenantStatus.CANCELLED
                || tenant.erasedAt() != null) {
            return;
        }
        Instant now = clock.instant();
        Instant due = erasures.latestOf(tenant.id(), ErasureReason.CANCELLED)
                .map(Erasure::dueAt)
                .orElse(now.plus(Duration.ofDays(retentionDays(tenant.id()))));
        schedule(tenant, ErasureReason.CANCELLED, AuditLog.SYSTEM, due.isBefore(now) ? now : due);
    }

    int retentionDays(String tenantId) {
        return settings.find(tenantId).map(PrivacySettings::retentionDays).orElse(config.retentionDays());
    }

    private Erasure schedule(Tenant tenant, ErasureReason reason, String actor, Instant due) {
        Erasure erasure = new Erasure(tenant.id(), reason, actor, due, clock.instant());
        erasures.add(erasure);
        audit.write(
                actor,
                tenant.id(),
                "privacy.erasure.scheduled",
                "erasure:" + erasure.id(),
                reason.wireName() + ", due " + due);
        String lang = tenant.language();
        String portal = links.portal(tenant.slug());
        outbox.queue(new NewMail(
                MailKind.DELETION_SCHEDULED,
                tenant.id(),
                tenant.contactEmail(),
                lang,
                Map.of(
                        "tenantName",
                        tenant.name(),
                        "deleteOn",
                        MailFormats.date(LocalDate.ofInstant(due, zone.zone()), lang),
                        "exportUrl",
                        portal + "#privacy",
                        "cancelUrl",
                        portal + "#privacy"),
                List.of()));
        return erasure;
    }

    private void cancel(Erasure erasure, String actor, String why) {
        if (erasure.cancel(actor, clock.instant())) {
            audit.write(actor, erasure.tenantId(), "privacy.erasure.cancelled", "erasure:" + erasure.id(), why);
        }
    }

    private ErasureView view(Erasure e) {
        return ErasureView.of(e, tenants.find(e.tenantId()).map(Tenant::name).orElse(null));
    }
}
