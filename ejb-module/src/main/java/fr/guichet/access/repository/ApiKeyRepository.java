package fr.guichet.access.repository;

import fr.guichet.access.domain.ApiKey;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Client API keys in the database. Runs inside the caller's transaction. */
@ApplicationScoped
public class ApiKeyRepository {

    /** Ids bound in one {@code in} list at most. */
    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(ApiKey key) {
        em.persist(key);
    }

    /** A key of the given tenant; a key of another tenant is not found. */
    public Optional<ApiKey> findInTenant(String tenantId, String keyId) {
        if (tenantId == null || keyId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ApiKey.class, keyId)).filter(k -> tenantId.equals(k.tenantId()));
    }

    /**
     * The keys with these ids, whatever their tenant, for a report that names the keys its events were made
     * with; the caller names each key only under its own tenant. Unknown ids are left out.
     */
    public List<ApiKey> findByIds(Collection<String> keyIds) {
        List<String> ids = List.copyOf(keyIds);
        List<ApiKey> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(em.createQuery("select k from ApiKey k where k.id in :ids", ApiKey.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .getResultList());
        }
        return found;
    }

    public Optional<ApiKey> findByHash(String hash) {
        return em.createQuery("select k from ApiKey k where k.hash = :hash", ApiKey.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /** The tenant's keys, newest first. */
    public Page<ApiKey> listInTenant(String tenantId, PageRequest page) {
        var items = em.createQuery(
                        "select k from ApiKey k where k.tenantId = :tenant order by k.createdAt desc, k.id",
                        ApiKey.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(k) from ApiKey k where k.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Records a use of the key. A bulk update, so that it neither bumps the version (no conflict with an
     * operator changing the key meanwhile) nor moves the time backwards.
     */
    public void recordUse(String keyId, Instant when) {
        em.createQuery("update ApiKey k set k.lastUsedAt = :when where k.id = :id"
                        + " and (k.lastUsedAt is null or k.lastUsedAt < :when)")
                .setParameter("when", when)
                .setParameter("id", keyId)
                .executeUpdate();
    }

    /**
     * The most keys the tenant held at once during [from, to): a key revoked before another was made counts once
     * with it; a key replaced by rotation counts once, as its successor.
     */
    public long mostLiveDuring(String tenantId, java.time.Instant from, java.time.Instant to) {
        List<fr.guichet.access.domain.KeyCount.Span> spans = em.createQuery(
                        "select k from ApiKey k where k.tenantId = :tenant and k.createdAt < :to"
                                + " and k.rotatedTo is null and (k.revokedAt is null or k.revokedAt >= :from)",
                        ApiKey.class)
                .setParameter("tenant", tenantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(k -> new fr.guichet.access.domain.KeyCount.Span(k.createdAt(), k.revokedAt()))
                .toList();
        return fr.guichet.access.domain.KeyCount.most(spans, from, to);
    }
}
