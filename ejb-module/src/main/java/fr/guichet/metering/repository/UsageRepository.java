package fr.guichet.metering.repository;

import fr.guichet.metering.domain.UsageEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/** Usage events in the database. */
@ApplicationScoped
public class UsageRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public boolean exists(String requestId) {
        return em.createQuery("select count(u) from UsageEvent u where u.requestId = :id", Long.class)
                        .setParameter("id", requestId)
                        .getSingleResult()
                > 0;
    }

    public void add(UsageEvent event) {
        em.persist(event);
        em.flush();
    }

    /**
     * Events in [from, to), of one tenant or (tenantId null) of all, one row each: a report's totals, breakdowns
     * and days all come from this one read, so they add up.
     */
    public List<UsageRow> rows(String tenantId, Instant from, Instant to) {
        String jpql = "select new fr.guichet.metering.repository.UsageRow(u.occurredAt, u.tenantId, u.apiKeyId,"
                + " u.model, u.providerId, u.outcome, u.reason, u.inputTokens, u.outputTokens, u.costEur)"
                + " from UsageEvent u where u.occurredAt >= :from and u.occurredAt < :to"
                + (tenantId == null ? "" : " and u.tenantId = :tenant");
        TypedQuery<UsageRow> query =
                em.createQuery(jpql, UsageRow.class).setParameter("from", from).setParameter("to", to);
        return (tenantId == null ? query : query.setParameter("tenant", tenantId)).getResultList();
    }
}
