package fr.guichet.privacy.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.privacy.domain.Erasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Erasures of tenants' personal data. Runs inside the caller's transaction. */
@ApplicationScoped
public class ErasureRepository {

    private static final String PENDING = "e.cancelledAt is null and e.doneAt is null";

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Erasure erasure) {
        em.persist(erasure);
        em.flush();
    }

    public Optional<Erasure> find(String id) {
        return Optional.ofNullable(em.find(Erasure.class, id));
    }

    public Optional<Erasure> findForUpdate(String id) {
        return Optional.ofNullable(em.find(Erasure.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The tenant's pending erasure, if any. */
    public Optional<Erasure> pendingOf(String tenantId) {
        return em.createQuery("select e from Erasure e where e.tenantId = :tenant and " + PENDING, Erasure.class)
                .setParameter("tenant", tenantId)
                .getResultStream()
                .findFirst();
    }

    /** The tenant's latest erasure for the reason, whatever became of it. */
    public Optional<Erasure> latestOf(String tenantId, fr.guichet.privacy.domain.ErasureReason reason) {
        return em.createQuery(
                        "select e from Erasure e where e.tenantId = :tenant and e.reason = :reason"
                                + " order by e.createdAt desc, e.id",
                        Erasure.class)
                .setParameter("tenant", tenantId)
                .setParameter("reason", reason)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Who asked for and who called off the tenant's erasures, when it was one of its users, is erased. */
    public int pseudonymise(String tenantId) {
        int asked = em.createNativeQuery("UPDATE erasure SET requested_by = '[erased]'"
                        + " WHERE tenant_id = ? AND requested_by LIKE 'user:%'")
                .setParameter(1, tenantId)
                .executeUpdate();
        return asked
                + em.createNativeQuery("UPDATE erasure SET cancelled_by = '[erased]'"
                                + " WHERE tenant_id = ? AND cancelled_by LIKE 'user:%'")
                        .setParameter(1, tenantId)
                        .executeUpdate();
    }

    /** The pending erasures due at {@code now}, the oldest due first. */
    public List<String> dueIds(Instant now, int limit) {
        return em.createQuery(
                        "select e.id from Erasure e where " + PENDING + " and e.dueAt <= :now order by e.dueAt, e.id",
                        String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Erasures, the soonest due first; {@code pendingOnly}: those still to run. */
    public Page<Erasure> list(boolean pendingOnly, String tenantId, PageRequest page) {
        String where = " where 1 = 1" + (pendingOnly ? " and " + PENDING : "")
                + (tenantId == null ? "" : " and e.tenantId = :tenant");
        var items = em.createQuery("select e from Erasure e" + where + " order by e.dueAt desc, e.id", Erasure.class);
        var count = em.createQuery("select count(e) from Erasure e" + where, Long.class);
        if (tenantId != null) {
            items.setParameter("tenant", tenantId);
            count.setParameter("tenant", tenantId);
        }
        return new Page<>(
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }
}
