package fr.guichet.limits.service;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.limits.domain.AlertEvent;
import fr.guichet.limits.domain.AlertKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Raises and lists alerts. An alert with a dedup key already raised is not raised again (two servers racing
 * for it are stopped by the unique index; the loser's transaction is its own and the caller ignores it).
 */
@Stateless
public class AlertLog {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Raises the alert unless its dedup key was raised already; true when it was raised now.
     *
     * @throws RowExists when a concurrent call raised it first (callers that raise from many threads take
     *     {@link fr.guichet.common.persistence.Stripes} on the key)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean raise(String dedupKey, String tenantId, AlertKind kind, String message) {
        return raise(dedupKey, tenantId, kind, message, () -> {});
    }

    /**
     * As {@link #raise(String, String, AlertKind, String)}; {@code alsoNow} runs in the alert's transaction when the
     * alert is raised (the mail that tells the tenant, written to the outbox with the alert or not at all).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean raise(String dedupKey, String tenantId, AlertKind kind, String message, Runnable alsoNow) {
        long existing = em.createQuery("select count(a) from AlertEvent a where a.dedupKey = :key", Long.class)
                .setParameter("key", dedupKey)
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        // Another call may raise it at the same instant: once is what the dedup key is for.
        RowExists.insert("The alert " + dedupKey, () -> {
            em.persist(new AlertEvent(dedupKey, tenantId, kind, message, clock.instant()));
            em.flush();
        });
        alsoNow.run();
        return true;
    }

    /** Newest first; {@code tenantId} null: every tenant's (operators). */
    public Page<AlertView> search(String tenantId, String kind, PageRequest page) {
        new Validation()
                .optionalText(tenantId, "tenantId", 36)
                .optionalText(kind, "kind", 32)
                .throwIfInvalid();
        tenantId = Validation.clean(tenantId);
        AlertKind wanted = Validation.clean(kind) == null ? null : AlertKind.parse(kind, "kind");
        String where = " where 1 = 1" + (tenantId == null ? "" : " and a.tenantId = :tenant")
                + (wanted == null ? "" : " and a.kind = :kind");
        TypedQuery<AlertEvent> query = em.createQuery(
                "select a from AlertEvent a" + where + " order by a.createdAt desc, a.id", AlertEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AlertEvent a" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (tenantId != null) {
                q.setParameter("tenant", tenantId);
            }
            if (wanted != null) {
                q.setParameter("kind", wanted.name());
            }
        }
        List<AlertEvent> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult()).map(AlertView::of);
    }
}
