package fr.guichet.notify.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes the worker once a queueing transaction commits, so a mail leaves within a second rather than at the next
 * tick; many mails queued at once make one run of the worker, not one each.
 */
@ApplicationScoped
public class OutboxKick {

    private static final System.Logger LOG = System.getLogger(OutboxKick.class.getName());

    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxWorker worker;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        kick();
    }

    void kick() {
        if (!busy.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            executor.submit(this::drain);
        } catch (RuntimeException e) {
            busy.set(false);
            LOG.log(Level.WARNING, "Mail worker not woken (the timer sends): " + e);
        }
    }

    private void drain() {
        try {
            do {
                again.set(false);
                worker.deliverDue();
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail worker failed (the timer retries): " + e);
        } finally {
            busy.set(false);
        }
    }
}
