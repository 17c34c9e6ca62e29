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
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

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

    /**
     * Takes the given words (a person's e-mail, name) out of the tenant's audit trail, each replaced by
     * {@code [erased]}: what was done, when and on what stays; who it was no longer shows. Returns the events changed.
     */
    public int pseudonymise(String tenantId, Collection<String> words) {
        int changed = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, actor, subject, reason FROM audit_event WHERE tenant_id = ?")
                .setParameter(1, tenantId)
                .getResultList();
        for (Object[] row : rows) {
            String actor = cut(erase((String) row[1], words), 200);
            String subject = cut(erase((String) row[2], words), 200);
            String reason = cut(erase((String) row[3], words), 1000);
            if (!actor.equals(row[1]) || !subject.equals(row[2]) || !reason.equals(row[3])) {
                changed += em.createNativeQuery(
                                "UPDATE audit_event SET actor = ?, subject = ?, reason = ? WHERE id = ?")
                        .setParameter(1, actor)
                        .setParameter(2, subject)
                        .setParameter(3, reason)
                        .setParameter(4, row[0])
                        .executeUpdate();
            }
        }
        return changed;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String erase(String text, Collection<String> words) {
        String result = text;
        for (String word : words) {
            result = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE)
                    .matcher(result)
                    .replaceAll("[erased]");
        }
        return result;
    }

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
