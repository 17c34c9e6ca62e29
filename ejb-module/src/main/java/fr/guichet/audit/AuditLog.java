package fr.guichet.audit;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.persistence.LikePattern;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** The operator's zone, in which the filter's days are read. */
    @Inject
    @ConfigProperty(name = "guichet.zone", defaultValue = "Europe/Paris")
    String zone;

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
        return search(new AuditFilter(tenantId, action, null, null, null), page);
    }

    /** Newest first. */
    public Page<AuditView> search(AuditFilter filter, PageRequest page) {
        AuditFilter f = filter.checked();
        String where = " where 1 = 1" + (f.tenantId() == null ? "" : " and e.tenantId = :tenant")
                + (f.action() == null ? "" : " and e.action = :action")
                + (f.actor() == null ? "" : " and lower(e.actor) like :actor" + LikePattern.ESCAPE)
                + (f.from() == null ? "" : " and e.occurredAt >= :from")
                + (f.to() == null ? "" : " and e.occurredAt < :to");
        ZoneId operators = ZoneId.of(zone);
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (f.tenantId() != null) {
                q.setParameter("tenant", f.tenantId());
            }
            if (f.action() != null) {
                q.setParameter("action", f.action());
            }
            if (f.actor() != null) {
                q.setParameter("actor", LikePattern.startsWith(f.actor()));
            }
            if (f.from() != null) {
                q.setParameter("from", f.from().atStartOfDay(operators).toInstant());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to().plusDays(1).atStartOfDay(operators).toInstant());
            }
        }
        List<AuditEvent> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult()).map(AuditView::of);
    }

    /** The actions written so far, for the console's filter. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }
}
