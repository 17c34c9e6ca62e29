package fr.guichet.billing.erp;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes the worker once a task's transaction commits, so Dolibarr hears of an invoice within a second rather than
 * at the next tick; many tasks at once make one run of the worker, not one each.
 */
@ApplicationScoped
public class ErpKick {

    private static final System.Logger LOG = System.getLogger(ErpKick.class.getName());

    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @Resource
    ManagedExecutorService executor;

    @Inject
    ErpWorker worker;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ErpQueued queued) {
        kick();
    }

    public void kick() {
        if (!busy.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            executor.submit(this::drain);
        } catch (RuntimeException e) {
            busy.set(false);
            LOG.log(Level.WARNING, "Dolibarr sync not woken (the timer sends): " + e);
        }
    }

    private void drain() {
        try {
            do {
                again.set(false);
                worker.deliverDue();
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dolibarr sync failed (the timer retries): " + e);
        } finally {
            busy.set(false);
        }
    }
}
