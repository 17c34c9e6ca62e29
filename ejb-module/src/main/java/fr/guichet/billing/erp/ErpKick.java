package fr.guichet.billing.erp;

import fr.guichet.common.concurrent.Wakeup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Wakes the worker once a task's transaction commits, so Dolibarr hears of an invoice within a second rather than
 * at the next tick; many tasks at once make one run of the worker, not one each.
 */
@ApplicationScoped
public class ErpKick {

    @Resource
    ManagedExecutorService executor;

    @Inject
    ErpWorker worker;

    private Wakeup wakeup;

    @PostConstruct
    void init() {
        wakeup = new Wakeup("Dolibarr sync", () -> worker.deliverDue());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ErpQueued queued) {
        kick();
    }

    public void kick() {
        wakeup.kick(executor);
    }
}
