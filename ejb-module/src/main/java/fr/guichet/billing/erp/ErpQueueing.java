package fr.guichet.billing.erp;

import fr.guichet.common.persistence.RowExists;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Writes a sync task in the business change's own transaction, at the next position of its tenant's queue (the
 * queue's row locked, so positions follow the order of the commits). Nothing is written while Dolibarr is not
 * configured; while the sync is switched off, tasks wait for it.
 */
@Stateless
public class ErpQueueing {

    @Inject
    ErpRepository repository;

    @Inject
    ErpQueues queues;

    @Inject
    Event<ErpQueued> queued;

    @Inject
    Clock clock;

    public boolean configured() {
        return repository.settings().isPresent();
    }

    /**
     * Adds the task unless Dolibarr is not configured or the same invoice or payment waits already, not yet tried (a
     * client's change is always added: the one waiting may be on its way with the data before it).
     */
    public void add(String tenantId, ErpTaskKind kind, String subjectId) {
        if (!configured() || (kind != ErpTaskKind.PARTY && repository.pendingFor(kind, subjectId))) {
            return;
        }
        if (repository.queue(tenantId).isEmpty()) {
            try {
                queues.open(tenantId);
            } catch (RowExists e) {
                // opened by another transaction meanwhile
            }
        }
        ErpQueue queue = repository
                .lockQueue(tenantId)
                .orElseThrow(() -> new IllegalStateException("The sync queue of " + tenantId + " is missing"));
        repository.add(new ErpTask(tenantId, queue.take(), kind, subjectId, clock.instant()));
        queued.fire(new ErpQueued(tenantId));
    }
}
