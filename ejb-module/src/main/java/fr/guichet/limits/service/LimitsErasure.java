package fr.guichet.limits.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Erases a tenant's personal data in limits: the addresses its keys were used from and its alerts (whose messages
 * name the client). Runs in the caller's transaction (privacy's erasure); returns the rows deleted.
 */
@Stateless
public class LimitsErasure {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public int erase(String tenantId) {
        int addresses = em.createNativeQuery(
                        "DELETE FROM key_address WHERE key_id IN (SELECT id FROM api_key WHERE tenant_id = ?)")
                .setParameter(1, tenantId)
                .executeUpdate();
        int alerts = em.createNativeQuery("DELETE FROM alert_event WHERE tenant_id = ?")
                .setParameter(1, tenantId)
                .executeUpdate();
        return addresses + alerts;
    }
}
