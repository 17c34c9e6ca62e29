package fr.guichet.metering.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Usage details past a tenant's retention: the events (one per call) deleted a batch at a time, each batch in a
 * transaction of its own, so that the calls recorded meanwhile never wait on a long lock. The daily and monthly
 * rollups are left as they are: the dashboard, the explorer and the invoices keep their numbers.
 */
@Stateless
public class UsageRetention {

    /** The most events a transaction deletes (Derby escalates to a table lock at 5,000 row locks). */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    /** The tenants that have events from before {@code before}, at most {@code max} of them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> tenantsWithEventsBefore(Instant before, int max) {
        return em.createQuery(
                        "select distinct e.tenantId from UsageEvent e where e.occurredAt < :before order by e.tenantId",
                        String.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /** Deletes a batch of the tenant's events from before {@code before}; how many (fewer than a batch: the last). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteBatch(String tenantId, Instant before) {
        List<String> ids = em.createQuery(
                        "select e.id from UsageEvent e where e.tenantId = :tenant and e.occurredAt < :before",
                        String.class)
                .setParameter("tenant", tenantId)
                .setParameter("before", before)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from UsageEvent e where e.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /** How many of the tenant's events from before {@code before} remain (what the retention test checks). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countBefore(String tenantId, Instant before) {
        return em.createQuery(
                        "select count(e) from UsageEvent e where e.tenantId = :tenant and e.occurredAt < :before",
                        Long.class)
                .setParameter("tenant", tenantId)
                .setParameter("before", before)
                .getSingleResult();
    }
}
