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

    /**
     * What the tenant's served calls (answered in full, or interrupted and metered for what was delivered) add up
     * to in [from, to): one aggregate read over the tenant's events of the period.
     */
    public ServedTotals served(String tenantId, Instant from, Instant to) {
        Object[] row = em.createQuery(
                        "select count(u), sum(u.inputTokens + u.outputTokens), sum(u.costEur) from UsageEvent u"
                                + " where u.tenantId = :tenant and u.occurredAt >= :from and u.occurredAt < :to"
                                + " and u.outcome in (fr.guichet.metering.domain.Outcome.SUCCESS,"
                                + " fr.guichet.metering.domain.Outcome.INTERRUPTED)",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        long requests = ((Number) row[0]).longValue();
        long tokens = row[1] == null ? 0 : ((Number) row[1]).longValue();
        java.math.BigDecimal cost =
                row[2] == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(row[2].toString());
        return new ServedTotals(requests, tokens, cost);
    }
}
