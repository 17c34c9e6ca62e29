package fr.guichet.privacy.service;

import fr.guichet.access.service.AccessErasure;
import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.SubscriptionStatus;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.billing.service.BillingErasure;
import fr.guichet.billing.service.SubscriptionService;
import fr.guichet.dispatch.service.DispatchErasure;
import fr.guichet.limits.service.LimitsErasure;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.privacy.domain.Erasure;
import fr.guichet.privacy.domain.ErasureReason;
import fr.guichet.privacy.repository.DataExportRepository;
import fr.guichet.privacy.repository.ErasureRepository;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import fr.guichet.tenancy.service.TenancyErasure;
import fr.guichet.tenancy.service.TenantChanges;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Runs one due erasure, in one transaction: the tenant is cancelled if it was not (its subscription ends at once),
 * then every feature erases what it holds of the tenant's people — tenancy, access, limits, dispatch, billing (which
 * keeps the invoices the law requires), the mails — and the audit trail loses their names. The client's contact gets
 * a last mail saying it is done, which is itself emptied once sent.
 */
@Stateless
public class ErasureRun {

    static final String ACTOR = "privacy";

    @Inject
    ErasureRepository erasures;

    @Inject
    TenantService tenants;

    @Inject
    TenantRepository tenantRows;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionService subscriptionService;

    @Inject
    TenancyErasure tenancy;

    @Inject
    AccessErasure access;

    @Inject
    LimitsErasure limits;

    @Inject
    DispatchErasure dispatch;

    @Inject
    BillingErasure billing;

    @Inject
    Outbox outbox;

    @Inject
    DataExportRepository exportFiles;

    @Inject
    AuditLog audit;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    /** Runs the erasure if it is still pending and due; false when there was nothing to do (already run, or not yet). */
    public boolean run(String erasureId) {
        Instant now = clock.instant();
        Erasure unlocked = erasures.find(erasureId).orElse(null);
        if (unlocked == null || !unlocked.dueAt(now)) {
            return false;
        }
        String tenantId = unlocked.tenantId();
        // The tenant first, then the erasure: the order in which a status change and a call-off take them.
        tenantRows.findForUpdate(tenantId);
        Erasure erasure = erasures.findForUpdate(erasureId).orElse(null);
        if (erasure == null || !erasure.dueAt(now)) {
            return false;
        }
        TenantView before = tenants.get(tenantId);
        if (erasure.reason() == ErasureReason.CANCELLED && before.status() != TenantStatus.CANCELLED) {
            erasure.cancel(ACTOR, now); // the client came back meanwhile: its data stays
            audit.write(
                    ACTOR,
                    tenantId,
                    "privacy.erasure.cancelled",
                    "erasure:" + erasure.id(),
                    "the tenant is " + before.status().wireName());
            return false;
        }
        if (erasure.reason() == ErasureReason.REQUESTED) {
            endService(tenantId, before);
        }
        erasure.done(now); // before the tenancy erasure fires its change: nothing new gets scheduled
        var erased = tenancy.erase(tenantId);
        if (erased.isEmpty()) {
            return true;
        }
        int keys = access.erase(tenantId);
        limits.erase(tenantId);
        dispatch.erase(tenantId);
        billing.erase(tenantId);
        outbox.forget(tenantId);
        exportFiles.deleteOfTenant(tenantId);
        erasures.pseudonymise(tenantId);
        audit.pseudonymise(tenantId, erased.get().words());
        audit.write(
                ACTOR,
                tenantId,
                "privacy.erasure.done",
                "erasure:" + erasure.id(),
                erasure.reason().wireName() + "; " + keys + " API keys revoked; invoices kept");
        String lang = before.language();
        outbox.queue(new NewMail(
                MailKind.DELETION_DONE,
                tenantId,
                before.contactEmail(),
                lang,
                Map.of(
                        "tenantName",
                        erased.get().tenantName(),
                        "deletedOn",
                        MailFormats.date(LocalDate.ofInstant(now, zone.zone()), lang)),
                List.of()));
        return true;
    }

    /** A client that asked for its deletion stops being served and billed: subscription ended, tenant cancelled. */
    private void endService(String tenantId, TenantView tenant) {
        boolean subscribed = subscriptions
                .findByTenant(tenantId)
                .filter(s -> s.status() != SubscriptionStatus.CANCELLED)
                .isPresent();
        if (subscribed) {
            subscriptionService.cancel(tenantId, true, ACTOR);
        } else if (tenant.status() != TenantStatus.CANCELLED) {
            tenants.update(tenantId, new TenantChanges(null, null, "cancelled", null, null, null, null, null));
        }
    }
}
