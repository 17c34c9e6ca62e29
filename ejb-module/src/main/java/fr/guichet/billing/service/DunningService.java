package fr.guichet.billing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.Dunning;
import fr.guichet.billing.domain.DunningSchedule;
import fr.guichet.billing.domain.DunningStep;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.SubscriptionStatus;
import fr.guichet.billing.repository.DunningRepository;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dunning: an unpaid invoice (a failed payment, or past its due date) goes through the schedule's steps — notices,
 * suspension, cancellation — each once and in order, the steps missed while no server ran done when one is back.
 * The tenant is past due from the start; a payment that settles the invoice ends it and gives the tenant its access
 * back at once. Every step is in the audit log.
 */
@Stateless
public class DunningService {

    /** Who moves a tenant to past due or suspended when dunning does: dunning lifts only what it did. */
    static final String BY = "billing:dunning";

    @Inject
    DunningRepository dunnings;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenantRepository tenants;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    InvoiceMails mails;

    @Inject
    TenancyConfig zone;

    @Inject
    Event<TenantChanged> tenantChanged;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DunningConfig config;

    DunningSchedule schedule() {
        return config.schedule();
    }

    /** The schedule in force ({@code GUICHET_DUNNING_SCHEDULE}), step by step. */
    public List<DunningStepView> scheduleSteps() {
        return schedule().entries().stream().map(DunningStepView::of).toList();
    }

    /**
     * Whether the client may no longer change plans: one of its running dunnings went through a step that blocks
     * them (the suspension, by default).
     */
    public boolean planChangesBlocked(String tenantId) {
        List<DunningSchedule.Entry> entries = schedule().entries();
        return dunnings.ofTenant(tenantId).stream()
                .filter(Dunning::active)
                .anyMatch(d -> entries.subList(0, Math.min(d.stepsDone(), entries.size())).stream()
                        .anyMatch(e -> e.step().blocksPlanChanges()));
    }

    /** Starts the dunning of the invoice unless it has one, in the caller's transaction; its first notice goes now. */
    public void start(String invoiceId, String reason) {
        // The invoice's row first (the order payments and advance take): two servers starting the same dunning
        // take turns, and the second finds it started.
        Invoice invoice = invoices.findForUpdate(invoiceId).orElseThrow();
        if (dunnings.forInvoice(invoiceId).isPresent()) {
            return;
        }
        if (!invoice.balance().isPositive()) {
            return; // paid meanwhile (a failure reported after the success): nothing to recover
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone.zone());
        Dunning dunning = new Dunning(invoice.tenantId(), invoiceId, today, reason, now);
        dunnings.add(dunning);
        Tenant tenant = tenants.findForUpdate(invoice.tenantId()).orElseThrow();
        if (tenant.status() == TenantStatus.ACTIVE) {
            tenant.moveTo(TenantStatus.PAST_DUE, BY, now);
            tenantChanged.fire(new TenantChanged(tenant.id()));
        }
        audit.write(
                "billing",
                tenant.id(),
                "billing.dunning.started",
                invoice.number().orElse(invoiceId),
                reason);
        doDue(dunning, invoice, today);
    }

    /** The timer starts the dunning of an invoice found overdue, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startOverdue(String invoiceId) {
        start(invoiceId, null);
    }

    /** Does the steps of the dunning that are due by today, each once (its row locked); returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int advance(String dunningId) {
        Dunning unlocked = dunnings.find(dunningId).orElse(null);
        if (unlocked == null || !unlocked.active()) {
            return 0;
        }
        // Locks in the order payments take them: the invoice, then its dunning, then the tenant.
        Invoice invoice = invoices.findForUpdate(unlocked.invoiceId()).orElseThrow();
        Dunning dunning = dunnings.findForUpdate(dunningId).orElseThrow();
        if (!dunning.active()) {
            return 0;
        }
        if (!invoice.balance().isPositive()) {
            end(dunning, invoice, "settled");
            return 0;
        }
        return doDue(dunning, invoice, LocalDate.ofInstant(clock.instant(), zone.zone()));
    }

    /** A payment (or credit) settled the invoice: its dunning ends and the tenant gets its access back. */
    public void settle(String invoiceId) {
        Invoice invoice = invoices.find(invoiceId).orElse(null);
        if (invoice == null || invoice.balance().isPositive()) {
            return;
        }
        dunnings.forInvoice(invoiceId)
                .filter(Dunning::active)
                .ifPresent(d -> end(dunnings.findForUpdate(d.id()).orElseThrow(), invoice, "paid"));
    }

    /** A tenant's dunnings, newest first (operators; the client's own portal shows its invoices). */
    public List<DunningView> ofTenant(String tenantId) {
        return dunnings.ofTenant(tenantId).stream().map(this::view).toList();
    }

    /** The running dunnings, the oldest started first, at most {@code limit} (the console's dashboard). */
    public List<DunningView> running(int limit) {
        return dunnings.active(limit).stream().map(this::view).toList();
    }

    public long runningCount() {
        return dunnings.activeCount();
    }

    private DunningView view(Dunning d) {
        DunningSchedule schedule = schedule();
        Invoice invoice = invoices.find(d.invoiceId()).orElseThrow();
        Tenant tenant = tenants.find(d.tenantId()).orElseThrow();
        boolean more = d.active() && d.stepsDone() < schedule.entries().size();
        return new DunningView(
                d.id(),
                d.tenantId(),
                tenant.name(),
                tenant.status().wireName(),
                d.invoiceId(),
                invoice.number().orElse(null),
                invoice.balance().amount(),
                d.startedOn(),
                d.reason(),
                d.stepsDone() == 0
                        ? null
                        : schedule.entries().get(d.stepsDone() - 1).step().wireName(),
                more ? schedule.entries().get(d.stepsDone()).step().wireName() : null,
                more ? schedule.dayOf(d.stepsDone(), d.startedOn()) : null,
                d.active());
    }

    private void end(Dunning dunning, Invoice invoice, String why) {
        Instant now = clock.instant();
        // The tenant's row first: two payments ending two dunnings of one tenant take turns, so the second one
        // counts the first as ended and gives the access back.
        Tenant locked = tenants.findForUpdate(dunning.tenantId()).orElseThrow();
        dunning.end(now);
        audit.write(
                "billing",
                dunning.tenantId(),
                "billing.dunning.ended",
                invoice.number().orElse(invoice.id()),
                why);
        dunnings.flush();
        if (dunnings.activeCount(dunning.tenantId()) == 0) {
            Tenant tenant = locked;
            // A suspension an operator decided stays: only dunning's own is lifted.
            boolean dunningsOwn = tenant.status() == TenantStatus.PAST_DUE
                    || (tenant.status() == TenantStatus.SUSPENDED && BY.equals(tenant.statusBy()));
            if (dunningsOwn) {
                tenant.moveTo(TenantStatus.ACTIVE, now);
                tenantChanged.fire(new TenantChanged(tenant.id()));
                audit.write("billing", tenant.id(), "billing.dunning.restored", tenant.slug(), null);
            }
        }
    }

    private int doDue(Dunning dunning, Invoice invoice, LocalDate today) {
        DunningSchedule schedule = schedule();
        int done = 0;
        for (DunningSchedule.Entry due = dunning.nextDue(schedule, today);
                due != null;
                due = dunning.nextDue(schedule, today)) {
            perform(due.step(), dunning, invoice, schedule, today);
            dunning.stepDone();
            audit.write(
                    "billing",
                    dunning.tenantId(),
                    "billing.dunning." + due.step().wireName(),
                    invoice.number().orElse(invoice.id()),
                    "day " + ChronoUnit.DAYS.between(dunning.startedOn(), today));
            done++;
        }
        boolean endsInCancellation = !schedule.entries().isEmpty()
                && schedule.entries().get(schedule.entries().size() - 1).step() == DunningStep.CANCEL;
        if (endsInCancellation && dunning.stepsDone() >= schedule.entries().size()) {
            // The last step, the cancellation, is done: the dunning is over, the invoice stays owed. (A schedule
            // ending on a suspension keeps its dunning running, so that a late payment still lifts it.)
            dunning.end(clock.instant());
            audit.write(
                    "billing",
                    dunning.tenantId(),
                    "billing.dunning.completed",
                    invoice.number().orElse(invoice.id()),
                    "every step done; the invoice stays owed");
        }
        return done;
    }

    private void perform(
            DunningStep step, Dunning dunning, Invoice invoice, DunningSchedule schedule, LocalDate today) {
        String lang = invoice.language();
        Map<String, Object> extra = new HashMap<>();
        LocalDate suspendOn = schedule.dayOf(DunningStep.SUSPEND, dunning.startedOn());
        LocalDate cancelOn = schedule.dayOf(DunningStep.CANCEL, dunning.startedOn());
        extra.put("suspendOn", MailFormats.date(suspendOn, lang));
        extra.put("cancelOn", MailFormats.date(cancelOn, lang));
        extra.put("daysLate", Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), today)));
        Instant now = clock.instant();
        switch (step) {
            case NOTICE -> {
                extra.put(
                        "reason",
                        dunning.reason() != null
                                ? dunning.reason()
                                : "en".equals(lang) ? "unpaid past its due date" : "impayée après son échéance");
                mails.dunning(step.mail(), invoice, extra);
            }
            case REMINDER, LAST_CHANCE -> mails.dunning(step.mail(), invoice, extra);
            case SUSPEND -> {
                Tenant tenant = tenants.findForUpdate(dunning.tenantId()).orElseThrow();
                if (tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.PAST_DUE) {
                    tenant.moveTo(TenantStatus.SUSPENDED, BY, now);
                    tenantChanged.fire(new TenantChanged(tenant.id()));
                }
                mails.dunning(step.mail(), invoice, extra);
            }
            case CANCEL -> {
                subscriptions
                        .findByTenant(dunning.tenantId())
                        .filter(s -> s.status() != SubscriptionStatus.CANCELLED)
                        .ifPresent(s -> subscriptions.add(s.cancelNow(today, "billing:dunning", now)));
                Tenant tenant = tenants.findForUpdate(dunning.tenantId()).orElseThrow();
                if (tenant.status() != TenantStatus.CANCELLED) {
                    tenant.moveTo(TenantStatus.CANCELLED, now);
                    tenantChanged.fire(new TenantChanged(tenant.id()));
                }
            }
        }
    }
}
