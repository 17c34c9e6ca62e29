package fr.guichet.dispatch.repository;

import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.domain.ProviderKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Provider keys in the database, always looked up by provider, scope and owner. */
@ApplicationScoped
public class ProviderKeyRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(ProviderKey key) {
        em.persist(key);
    }

    public void remove(ProviderKey key) {
        em.remove(key);
    }

    public Optional<ProviderKey> find(String providerId, KeyScope scope, String ownerId) {
        return em.createQuery(
                        "select k from ProviderKey k where k.providerId = :provider and k.scope = :scope"
                                + " and k.ownerId = :owner",
                        ProviderKey.class)
                .setParameter("provider", providerId)
                .setParameter("scope", scope)
                .setParameter("owner", ownerId)
                .getResultStream()
                .findFirst();
    }

    /** The keys of a provider that a caller might use: global, their tenant's and their own (one query). */
    public List<ProviderKey> candidates(String providerId, String tenantId, String userId) {
        return em.createQuery(
                        "select k from ProviderKey k where k.providerId = :provider and ("
                                + "k.scope = :global"
                                + " or (k.scope = :tenant and k.ownerId = :tenantId)"
                                + " or (k.scope = :personal and k.ownerId = :userId and k.tenantId = :tenantId))",
                        ProviderKey.class)
                .setParameter("provider", providerId)
                .setParameter("global", KeyScope.GLOBAL)
                .setParameter("tenant", KeyScope.TENANT)
                .setParameter("personal", KeyScope.PERSONAL)
                .setParameter("tenantId", tenantId == null ? "" : tenantId)
                .setParameter("userId", userId == null ? "" : userId)
                .getResultList();
    }

    /** A tenant's keys and one of its users' personal keys, by provider. */
    public List<ProviderKey> visibleTo(String tenantId, String userId) {
        return em.createQuery(
                        "select k from ProviderKey k where k.tenantId = :tenantId and ("
                                + "k.scope = :tenant or (k.scope = :personal and k.ownerId = :userId))"
                                + " order by k.providerId, k.scope",
                        ProviderKey.class)
                .setParameter("tenantId", tenantId)
                .setParameter("tenant", KeyScope.TENANT)
                .setParameter("personal", KeyScope.PERSONAL)
                .setParameter("userId", userId)
                .getResultList();
    }

    /** The global keys of these providers. */
    public List<ProviderKey> globalKeys(Collection<String> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select k from ProviderKey k where k.scope = :global and k.providerId in :ids",
                        ProviderKey.class)
                .setParameter("global", KeyScope.GLOBAL)
                .setParameter("ids", providerIds)
                .getResultList();
    }

    /** Keys sealed under another master key than {@code currentKeyId}, at most {@code max}. */
    public List<ProviderKey> sealedUnderOtherThan(String currentKeyId, int max) {
        return em.createQuery(
                        "select k from ProviderKey k where k.masterKeyId <> :current order by k.id", ProviderKey.class)
                .setParameter("current", currentKeyId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Writes pending changes now, so that a broken unique constraint surfaces here. */
    public void flush() {
        em.flush();
    }
}
