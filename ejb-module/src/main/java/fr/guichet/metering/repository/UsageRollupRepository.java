package fr.guichet.metering.repository;

import fr.guichet.metering.domain.UsageRollup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

/**
 * Adds calls to the usage rollups ({@code usage_day}, {@code usage_month}) in the caller's transaction, with the
 * same statements on Derby and PostgreSQL: the row is updated, or inserted when it is the first of its day or month.
 * Two first inserts of one row must not race: on PostgreSQL each call is rolled up by the statement that records
 * it ({@code UsageRollupSql}); on embedded Derby, one server, the recorder holds the tenant's stripe.
 */
@ApplicationScoped
public class UsageRollupRepository {

    static final String SUMS = "served, refused, failed, input_tokens, output_tokens, cost_eur, last_at";
    static final String ADD = "served = served + ?, refused = refused + ?, failed = failed + ?, "
            + "input_tokens = input_tokens + ?, output_tokens = output_tokens + ?, cost_eur = cost_eur + ?, "
            + "last_at = CASE WHEN last_at < ? THEN ? ELSE last_at END";
    public static final String DAY_INSERT = "INSERT INTO usage_day (day, tenant_id, model, provider_id, api_key_id, "
            + SUMS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    public static final String MONTH_INSERT =
            "INSERT INTO usage_month (month, tenant_id, " + SUMS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DAY_UPDATE = "UPDATE usage_day SET " + ADD
            + " WHERE day = ? AND tenant_id = ? AND model = ? AND provider_id = ? AND api_key_id = ?";
    private static final String MONTH_UPDATE = "UPDATE usage_month SET " + ADD + " WHERE month = ? AND tenant_id = ?";

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(UsageRollup.DayKey key, UsageRollup amounts) {
        List<Object> dayKey =
                List.of(Date.valueOf(key.day()), key.tenantId(), key.model(), key.providerId(), key.apiKeyId());
        if (execute(DAY_UPDATE, sumsToAdd(amounts), dayKey) == 0) {
            execute(DAY_INSERT, dayKey, sums(amounts));
        }
        List<Object> monthKey = List.of(key.month(), key.tenantId());
        if (execute(MONTH_UPDATE, sumsToAdd(amounts), monthKey) == 0) {
            execute(MONTH_INSERT, monthKey, sums(amounts));
        }
    }

    /** The values of {@link #SUMS}, in order. */
    public static List<Object> sums(UsageRollup a) {
        return List.of(
                a.served(),
                a.refused(),
                a.failed(),
                a.inputTokens(),
                a.outputTokens(),
                a.costEur(),
                Timestamp.from(a.lastAt()));
    }

    private static List<Object> sumsToAdd(UsageRollup a) {
        Timestamp at = Timestamp.from(a.lastAt());
        return List.of(a.served(), a.refused(), a.failed(), a.inputTokens(), a.outputTokens(), a.costEur(), at, at);
    }

    private int execute(String sql, List<Object> first, List<Object> then) {
        Query query = em.createNativeQuery(sql);
        int i = 0;
        for (Object value : first) {
            query.setParameter(++i, value);
        }
        for (Object value : then) {
            query.setParameter(++i, value);
        }
        return query.executeUpdate();
    }
}
