package fr.guichet.audit;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. A line is written in the caller's transaction, so an act and its line commit
 * together (or neither does). Actors are {@code user:<id>}, {@code operator:<email>} or
 * {@code system}.
 */
@Stateless
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    Clock clock;

    public void write(String actor, String tenantId, String action, String subject, String reason) {
        em.persist(new AuditEvent(clock.instant(), actor, tenantId, action, subject, reason));
    }

    /** Newest first; every filter optional. */
    public Page<AuditView> search(String tenantId, String action, PageRequest page) {
        new Validation()
                .optionalText(tenantId, "tenantId", 36)
                .optionalText(action, "action", 64)
                .throwIfInvalid();
        String tenant = Validation.clean(tenantId);
        String act = Validation.clean(action);
        String where = " where 1 = 1" + (tenant == null ? "" : " and e.tenantId = :tenant")
                + (act == null ? "" : " and e.action = :action");
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (tenant != null) {
                q.setParameter("tenant", tenant);
            }
            if (act != null) {
                q.setParameter("action", act);
            }
        }
        List<AuditEvent> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult()).map(AuditView::of);
    }
}
