package fr.guichet.metering.repository;

import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
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
     * The events in [from, to), of one tenant or (tenantId null) of all, summed per tenant, model, provider, API
     * key, outcome and reason by the database ({@code GROUP BY}, the same JPQL on Derby and PostgreSQL): one read,
     * so that every breakdown of a report adds up to its totals.
     */
    public List<UsageGroup> groups(String tenantId, Instant from, Instant to) {
        String jpql = "select u.tenantId, u.model, u.providerId, u.apiKeyId, u.outcome, u.reason, count(u),"
                + " sum(u.inputTokens), sum(u.outputTokens), sum(u.costEur) from UsageEvent u"
                + where(tenantId)
                + " group by u.tenantId, u.model, u.providerId, u.apiKeyId, u.outcome, u.reason";
        return period(em.createQuery(jpql, Object[].class), tenantId, from, to).getResultList().stream()
                .map(UsageRepository::group)
                .toList();
    }

    /** Events in [from, to), of one tenant or (tenantId null) of all, one row each: for a daily series. */
    public List<UsageRow> rows(String tenantId, Instant from, Instant to) {
        String jpql = "select new fr.guichet.metering.repository.UsageRow("
                + "u.occurredAt, u.inputTokens, u.outputTokens, u.costEur, u.outcome, u.reason) from UsageEvent u"
                + where(tenantId);
        return period(em.createQuery(jpql, UsageRow.class), tenantId, from, to).getResultList();
    }

    private static String where(String tenantId) {
        return " where u.occurredAt >= :from and u.occurredAt < :to"
                + (tenantId == null ? "" : " and u.tenantId = :tenant");
    }

    private static <T> TypedQuery<T> period(TypedQuery<T> query, String tenantId, Instant from, Instant to) {
        query.setParameter("from", from).setParameter("to", to);
        return tenantId == null ? query : query.setParameter("tenant", tenantId);
    }

    /**
     * A grouped row. The sums are read as numbers: the databases type them differently (PostgreSQL sums a
     * {@code bigint} into a {@code numeric}).
     */
    private static UsageGroup group(Object[] row) {
        return new UsageGroup(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (Outcome) row[4],
                (String) row[5],
                ((Number) row[6]).longValue(),
                ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(),
                decimal(row[9]));
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }
}
