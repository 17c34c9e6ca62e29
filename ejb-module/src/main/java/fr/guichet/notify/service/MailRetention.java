package fr.guichet.notify.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Mails past a tenant's retention (their recipients and texts are personal data): deleted a batch at a time, each
 * batch in a transaction of its own, whatever became of them (sent, given up, or still waiting after that long).
 */
@Stateless
public class MailRetention {

    /** The most mails a transaction deletes. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    /** The tenants that have mails queued before {@code before}, at most {@code max} of them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> tenantsWithMailsBefore(Instant before, int max) {
        return em.createQuery(
                        "select distinct m.tenantId from OutboxMail m where m.tenantId is not null"
                                + " and m.createdAt < :before order by m.tenantId",
                        String.class)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /** Deletes a batch of the tenant's mails queued before {@code before}; how many (fewer than a batch: the last). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteBatch(String tenantId, Instant before) {
        List<String> ids = em.createQuery(
                        "select m.id from OutboxMail m where m.tenantId = :tenant and m.createdAt < :before",
                        String.class)
                .setParameter("tenant", tenantId)
                .setParameter("before", before)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from OutboxMail m where m.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
