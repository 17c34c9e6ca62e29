package fr.guichet.billing.service;

import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly invoice run: every subscription's periods that are over get their invoice, one subscription per
 * transaction, 500 ids read at a time (no month is held in memory). Runs once per month and cluster from the first
 * day of the month in the operator's zone — or later, to catch up after downtime — and may be run again by an
 * operator at any time: it never invoices a period twice. With auto-issue on, the drafts are issued at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyRun {

    private static final System.Logger LOG = System.getLogger(MonthlyRun.class.getName());
    static final int PAGE = 500;

    @Inject
    BillingRunClaims claims;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    InvoiceRunService periods;

    @Inject
    IssueInvoiceService issuer;

    @Inject
    BillingSettingsRepository settings;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "guichet.billing.run-threads", defaultValue = "4")
    int threads;

    /** Runs this month's run unless it ran (or runs) already; returns whether it ran. */
    public boolean runIfDue() {
        String month = YearMonth.now(clock.withZone(zone.zone())).toString();
        if (!claims.claim(month)) {
            return false;
        }
        RunResult result = runNow("billing");
        if (result.failures() == 0) {
            claims.finish(month, result.invoices().size(), result.failures());
        } else {
            // Left open: a later tick takes it up again once the claim is stale; the run is idempotent.
            LOG.log(Level.WARNING, "Billing run of {0} left open: {1} failure(s)", month, result.failures());
        }
        return true;
    }

    /** Invoices every period over by now; safe to run at any time. */
    public RunResult runNow(String actor) {
        List<String> made = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        String after = null;
        for (List<String> ids = subscriptions.idsAfter(null, PAGE);
                !ids.isEmpty();
                ids = subscriptions.idsAfter(after, PAGE)) {
            invoiceInParallel(ids, made, failed);
            after = ids.get(ids.size() - 1);
        }
        int failures = failed.get();
        int issued = 0;
        if (settings.company().map(c -> c.autoIssue()).orElse(false)) {
            for (String invoiceId : made) {
                try {
                    issuer.issue(invoiceId, -1, actor);
                    issued++;
                } catch (RuntimeException e) {
                    failures++;
                    LOG.log(Level.WARNING, "Could not issue invoice " + invoiceId + ": " + e);
                }
            }
        }
        LOG.log(Level.INFO, "Billing run: {0} invoice(s), {1} issued, {2} failure(s)", made.size(), issued, failures);
        return new RunResult(List.copyOf(made), issued, failures);
    }

    /**
     * Invoices one page of subscriptions on {@code guichet.billing.run-threads} of the server's managed threads, each
     * subscription in its own transaction (its row locked, so two workers or two servers never invoice one twice).
     */
    private void invoiceInParallel(
            List<String> ids, List<String> made, java.util.concurrent.atomic.AtomicInteger failed) {
        int workers = Math.max(1, Math.min(threads, ids.size()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    try {
                        made.addAll(periods.invoiceDuePeriods(ids.get(i)));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        LOG.log(Level.WARNING, "Could not invoice subscription " + ids.get(i) + ": " + e);
                    }
                }
            }));
        }
        for (java.util.concurrent.Future<?> worker : running) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The billing run was interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A billing worker failed", e.getCause());
            }
        }
    }

    /** What a run did: the invoices it made (drafts or issued), how many it issued, how many subscriptions failed. */
    public record RunResult(List<String> invoices, int issued, int failures) {}
}
