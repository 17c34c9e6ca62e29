package fr.guichet.dispatch.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Erases a tenant's data in dispatch: its provider keys and its users' personal ones. Runs in the caller's
 * transaction (privacy's erasure); returns the keys deleted.
 */
@Stateless
public class DispatchErasure {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    Event<CatalogChanged> catalogChanged;

    public int erase(String tenantId) {
        int deleted = em.createNativeQuery("DELETE FROM provider_key WHERE tenant_id = ?")
                .setParameter(1, tenantId)
                .executeUpdate();
        if (deleted > 0) {
            catalogChanged.fire(new CatalogChanged());
        }
        return deleted;
    }
}
