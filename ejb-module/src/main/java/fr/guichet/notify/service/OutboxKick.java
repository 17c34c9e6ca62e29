package fr.guichet.notify.service;

import fr.guichet.common.concurrent.Wakeup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Wakes the worker once a queueing transaction commits, so a mail leaves within a second rather than at the next
 * tick; many mails queued at once make one run of the worker, not one each.
 */
@ApplicationScoped
public class OutboxKick {

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxWorker worker;

    private Wakeup wakeup;

    @PostConstruct
    void init() {
        wakeup = new Wakeup("Mail worker", () -> worker.deliverDue());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        kick();
    }

    void kick() {
        wakeup.kick(executor);
    }
}
