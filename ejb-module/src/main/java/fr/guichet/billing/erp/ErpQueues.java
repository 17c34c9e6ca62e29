package fr.guichet.billing.erp;

import fr.guichet.common.persistence.RowExists;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Opens a tenant's queue in a transaction of its own, so that the first task of two racing changes both go in. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ErpQueues {

    @Inject
    ErpRepository repository;

    /** Creates the queue; {@link RowExists} when another transaction just did (the caller then uses that one). */
    public void open(String tenantId) {
        if (repository.queue(tenantId).isEmpty()) {
            RowExists.insert("sync queue of " + tenantId, () -> repository.add(new ErpQueue(tenantId)));
        }
    }
}
