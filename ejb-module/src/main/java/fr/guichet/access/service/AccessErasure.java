package fr.guichet.access.service;

import fr.guichet.access.domain.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Erases a tenant's personal data in access: every API key is revoked and loses its name (which often names a
 * person or a machine); and revokes the keys at once when the deletion is asked for. Runs in the caller's transaction (privacy's erasure); returns the keys erased.
 */
@Stateless
public class AccessErasure {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    Event<ApiKeyChanged> changes;

    @Inject
    Clock clock;

    /**
     * Revokes every API key of the tenant that still works, at once (the client asked for its account's deletion):
     * calls with them are refused from now on. Returns the keys revoked.
     */
    public int revokeAll(String tenantId) {
        Instant now = clock.instant();
        List<ApiKey> keys = em.createQuery(
                        "select k from ApiKey k where k.tenantId = :tenant and k.revokedAt is null", ApiKey.class)
                .setParameter("tenant", tenantId)
                .getResultList();
        for (ApiKey key : keys) {
            key.revoke(now);
            changes.fire(new ApiKeyChanged(key.hash()));
        }
        return keys.size();
    }

    public int erase(String tenantId) {
        Instant now = clock.instant();
        List<ApiKey> keys = em.createQuery("select k from ApiKey k where k.tenantId = :tenant", ApiKey.class)
                .setParameter("tenant", tenantId)
                .getResultList();
        for (ApiKey key : keys) {
            key.erase(now);
            changes.fire(new ApiKeyChanged(key.hash()));
        }
        return keys.size();
    }
}
