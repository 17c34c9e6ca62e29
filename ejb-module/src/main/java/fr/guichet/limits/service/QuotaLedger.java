package fr.guichet.limits.service;

import static fr.guichet.common.persistence.NativeRows.toDecimal;
import static fr.guichet.common.persistence.NativeRows.toLong;

import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The monthly counters, kept exact by the database: a reservation is one conditional {@code UPDATE} whose
 * condition reads the tenant's plan in the same statement, so concurrent calls on any number of servers can
 * never reserve more than the plan allows, and a plan change applies to the very next call. Settlement adds the
 * difference between what was reserved and what was used, in the usage event's own transaction (unchecked: a call
 * that used more tokens than reserved is still paid for in full, so tokens and EUR may end slightly past a cap).
 */
@Stateless
public class QuotaLedger {

    private static final String PLAN_LIMIT =
            "(SELECT p.%s FROM tenant t JOIN plan p ON p.id = t.plan_id WHERE t.id = ?)";
    private static final String RESERVE = "UPDATE quota_usage SET requests = requests + 1, tokens = tokens + ?, "
            + "cost_eur = cost_eur + ? WHERE tenant_id = ? AND period = ?"
            + " AND requests < COALESCE(" + PLAN_LIMIT.formatted("requests_per_month") + ", 9223372036854775807)"
            + " AND tokens + ? <= COALESCE(" + PLAN_LIMIT.formatted("tokens_per_month") + ", 9223372036854775807)"
            + " AND cost_eur + ? <= COALESCE(" + PLAN_LIMIT.formatted("spend_cap_eur") + ", 1000000000000)";
    private static final String READ = "SELECT q.requests, q.tokens, q.cost_eur, p.requests_per_month, "
            + "p.tokens_per_month, p.spend_cap_eur FROM quota_usage q JOIN tenant t ON t.id = q.tenant_id "
            + "LEFT JOIN plan p ON p.id = t.plan_id WHERE q.tenant_id = ? AND q.period = ?";

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    DirectStatements direct;

    /**
     * Creates the tenant's counters for the period unless they exist. Callers serialize the openings of one tenant
     * in the server ({@link fr.guichet.common.persistence.Stripes}).
     *
     * @throws RowExists when a concurrent call created them first
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String tenantId, String period) {
        RowExists.insert("The counters of " + tenantId + " for " + period, () -> insertCounters(tenantId, period));
    }

    private void insertCounters(String tenantId, String period) {
        em.createNativeQuery(direct.ignoringDuplicates("INSERT INTO quota_usage (tenant_id, period, requests, "
                        + "tokens, cost_eur) SELECT t.id, CAST(? AS VARCHAR(7)), 0, 0, 0 FROM tenant t WHERE t.id = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM quota_usage q WHERE q.tenant_id = ? AND q.period = ?)"))
                .setParameter(1, period)
                .setParameter(2, tenantId)
                .setParameter(3, tenantId)
                .setParameter(4, period)
                .executeUpdate();
    }

    /**
     * Takes the reservation if every quota allows it, atomically; returns the counters after it (granted) or as
     * they stand (refused), with the plan's limits. Empty when the period's counters do not exist yet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<QuotaUse> reserve(Reservation r) {
        int updated = em.createNativeQuery(RESERVE)
                .setParameter(1, r.tokens())
                .setParameter(2, r.costEur())
                .setParameter(3, r.tenantId())
                .setParameter(4, r.period())
                .setParameter(5, r.tenantId())
                .setParameter(6, r.tokens())
                .setParameter(7, r.tenantId())
                .setParameter(8, r.costEur())
                .setParameter(9, r.tenantId())
                .executeUpdate();
        return current(r.tenantId(), r.period(), updated == 1);
    }

    /** Applies a settlement in the caller's transaction (the usage event's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void settle(QuotaSettlement s) {
        if (s.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE quota_usage SET requests = requests + ?, tokens = tokens + ?, "
                        + "cost_eur = cost_eur + ? WHERE tenant_id = ? AND period = ?")
                .setParameter(1, s.requests())
                .setParameter(2, s.tokens())
                .setParameter(3, s.costEur())
                .setParameter(4, s.tenantId())
                .setParameter(5, s.period())
                .executeUpdate();
    }

    /** The counters of a period, for reports and refusal messages; empty when none were kept. */
    public Optional<QuotaUse> read(String tenantId, String period) {
        return current(tenantId, period, true);
    }

    private Optional<QuotaUse> current(String tenantId, String period, boolean granted) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READ)
                .setParameter(1, tenantId)
                .setParameter(2, period)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new QuotaUse(
                granted,
                toLong(row[0]),
                toLong(row[1]),
                toDecimal(row[2]),
                toLong(row[3]),
                toLong(row[4]),
                toDecimal(row[5])));
    }
}
