package fr.guichet.billing.erp;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * Sends the sync's due tasks: every ten seconds on each server (a timer of the server, not of the cluster: the
 * claims make one server at a time send a tenant's tasks, in order), and as soon as a task's transaction commits
 * ({@link ErpKick}). A tenant's queue stops at its first task that fails; when Dolibarr cannot be reached, the
 * whole round stops (every tenant would fail alike).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ErpWorker {

    private static final System.Logger LOG = System.getLogger(ErpWorker.class.getName());
    static final int TENANTS_PER_ROUND = 50;

    /**
     * How long a server sends one tenant's tasks before it lets the queue go (the next round takes it again): with a
     * task's own worst case (three attempts of a few calls, each within {@code guichet.erp.timeout}), well within the
     * claim, so no other server ever takes a queue that is still being sent.
     */
    static final java.time.Duration DRAIN_BUDGET = java.time.Duration.ofMinutes(2);

    @Inject
    ErpSteps steps;

    @Inject
    ErpSync sync;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "guichet-erp")
    void tick() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dolibarr sync round failed (the next tick retries): {0}", e.toString());
        }
    }

    /** Sends what is due now; returns how many tasks were done. */
    public int deliverDue() {
        Optional<ErpConnection> connection = steps.connection();
        if (connection.isEmpty()
                || !connection.get().enabled()
                || connection.get().haltedReason() != null) {
            return 0;
        }
        int done = 0;
        List<String> tenants = steps.dueTenants(TENANTS_PER_ROUND);
        for (String tenant : tenants) {
            // Each drain holds the queue under a name of its own: two drains of one server (the timer's and a
            // kick's) are two holders, never one.
            String holder = java.util.UUID.randomUUID().toString();
            if (!steps.claim(tenant, holder)) {
                continue; // another server holds it
            }
            Outcome outcome;
            try {
                outcome = drain(connection.get(), tenant, holder);
            } finally {
                steps.release(tenant, holder);
            }
            done += outcome.done();
            if (outcome.stopRound()) {
                break;
            }
        }
        return done;
    }

    private record Outcome(int done, boolean stopRound) {}

    private Outcome drain(ErpConnection connection, String tenant, String holder) {
        int done = 0;
        long end = System.nanoTime() + DRAIN_BUDGET.toNanos();
        for (Optional<ErpTask> next = steps.next(tenant);
                next.isPresent() && System.nanoTime() < end && steps.claim(tenant, holder);
                next = steps.next(tenant)) {
            ErpTask task = next.get();
            try {
                sync.perform(connection, task.kind(), task.subjectId());
            } catch (ErpSync.Unavailable e) {
                steps.retryLater(task.id(), e.getMessage());
                log(task, e.getMessage());
                return new Outcome(done, true);
            } catch (DolibarrException e) {
                if (e.kind() == DolibarrException.Kind.KEY_REFUSED) {
                    steps.halt(task.id(), e.getMessage(), connection.settingsVersion());
                    log(task, e.getMessage());
                    return new Outcome(done, true);
                }
                steps.stopped(task.id(), e.getMessage());
                log(task, e.getMessage());
                return new Outcome(done, false);
            } catch (RuntimeException e) {
                String error = "Unexpected failure: " + e;
                steps.retryLater(task.id(), error);
                LOG.log(
                        Level.ERROR,
                        "Dolibarr sync of " + task.kind().wireName() + " " + task.subjectId() + " failed",
                        e);
                return new Outcome(done, false);
            }
            steps.done(task.id());
            done++;
        }
        return new Outcome(done, false);
    }

    private static void log(ErpTask task, String error) {
        LOG.log(
                Level.WARNING,
                "Dolibarr sync of {0} {1} (tenant {2}) not done: {3}",
                task.kind().wireName(),
                task.subjectId(),
                task.tenantId(),
                error);
    }
}
