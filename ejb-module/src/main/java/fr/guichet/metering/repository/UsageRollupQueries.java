package fr.guichet.metering.repository;

import static fr.guichet.common.persistence.NativeRows.toDecimal;
import static fr.guichet.common.persistence.NativeRows.toInstant;
import static fr.guichet.common.persistence.NativeRows.toLong;

import fr.guichet.metering.domain.UsageRollup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reads of the usage rollups, on Derby and PostgreSQL alike; never of the events. */
@ApplicationScoped
public class UsageRollupQueries {

    private static final String SUMS = "SUM(served), SUM(refused), SUM(failed), SUM(input_tokens), "
            + "SUM(output_tokens), SUM(cost_eur), MAX(last_at)";

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    /** A group of a day's rollup rows: model and provider ("" for none). */
    public record ModelSums(String model, String providerId, UsageRollup sums) {}

    /** One tenant's sums of a month. */
    public record TenantSums(String tenantId, UsageRollup sums) {}

    /** One day's usage of every tenant, per model and provider. */
    public List<ModelSums> dayByModel(LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT model, provider_id, " + SUMS
                        + " FROM usage_day WHERE day = ? GROUP BY model, provider_id")
                .setParameter(1, Date.valueOf(day))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ModelSums((String) r[0], (String) r[1], sums(r, 2)))
                .toList();
    }

    /** How many tenants had a call served on that day. */
    public long activeTenants(LocalDate day) {
        return toLong(
                em.createNativeQuery("SELECT COUNT(DISTINCT tenant_id) FROM usage_day WHERE day = ? AND served > 0")
                        .setParameter(1, Date.valueOf(day))
                        .getSingleResult());
    }

    /** The month's tenants that cost the most, most first. */
    public List<TenantSums> topByCost(String month, int limit) {
        List<?> rows = em.createNativeQuery("SELECT tenant_id, served, refused, failed, input_tokens, output_tokens,"
                        + " cost_eur, last_at FROM usage_month WHERE month = ? AND cost_eur > 0"
                        + " ORDER BY cost_eur DESC, tenant_id")
                .setParameter(1, month)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new TenantSums((String) r[0], sums(r, 1)))
                .toList();
    }

    /** The month's sums over every tenant (zero when nothing was called). */
    public UsageRollup month(String month) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT " + SUMS + " FROM usage_month WHERE month = ?")
                .setParameter(1, month)
                .getSingleResult();
        return r[6] == null ? null : sums(r, 0);
    }

    /** One tenant's sums since it became a client (zero calls: null), from its monthly rollups. */
    public UsageRollup tenantAllTime(String tenantId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT " + SUMS + " FROM usage_month WHERE tenant_id = ?")
                .setParameter(1, tenantId)
                .getSingleResult();
        return r[6] == null ? null : sums(r, 0);
    }

    /** One rollup row: its day, model, provider and key ("" for none), and tenant. */
    public record TenantRow(
            LocalDate day, String model, String providerId, String apiKeyId, UsageRollup sums, String tenantId) {}

    /** Which rollup rows: a period, {@code from} and {@code to} included, and optionally (null) a tenant, a model, a
     * provider and an API key. */
    public record Slice(
            LocalDate from, LocalDate to, String tenantId, String model, String providerId, String apiKeyId) {

        private String where() {
            return " WHERE day >= ? AND day <= ?" + (tenantId == null ? "" : " AND tenant_id = ?")
                    + (model == null ? "" : " AND model = ?") + (providerId == null ? "" : " AND provider_id = ?")
                    + (apiKeyId == null ? "" : " AND api_key_id = ?");
        }

        private void bind(jakarta.persistence.Query query) {
            int i = 1;
            query.setParameter(i++, Date.valueOf(from));
            query.setParameter(i++, Date.valueOf(to));
            for (String value : new String[] {tenantId, model, providerId, apiKeyId}) {
                if (value != null) {
                    query.setParameter(i++, value);
                }
            }
        }
    }

    /** A tenant's rollup rows from {@code from} to {@code to}, both included, the latest day first. */
    public List<TenantRow> tenantRows(String tenantId, LocalDate from, LocalDate to) {
        return explore(new Slice(from, to, tenantId, null, null, null), 0, Integer.MAX_VALUE);
    }

    /** The daily rollup rows of a slice, the latest day first. */
    public List<TenantRow> explore(Slice slice, int offset, int limit) {
        var query = em.createNativeQuery("SELECT day, model, provider_id, api_key_id, served, refused, failed,"
                        + " input_tokens, output_tokens, cost_eur, last_at, tenant_id FROM usage_day"
                        + slice.where()
                        + " ORDER BY day DESC, tenant_id, model, provider_id, api_key_id")
                .setFirstResult(offset)
                .setMaxResults(limit);
        slice.bind(query);
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new TenantRow(
                        ((Date) r[0]).toLocalDate(), (String) r[1], (String) r[2], (String) r[3], sums(r, 4), (String)
                                r[11]))
                .toList();
    }

    public long exploreCount(Slice slice) {
        var query = em.createNativeQuery("SELECT COUNT(*) FROM usage_day" + slice.where());
        slice.bind(query);
        return toLong(query.getSingleResult());
    }

    /** The columns of {@code SUMS} (or of a row's sums) from {@code from} on. */
    static UsageRollup sums(Object[] r, int from) {
        BigDecimal cost = toDecimal(r[from + 5]);
        Instant last = toInstant(r[from + 6]);
        return new UsageRollup(
                orZero(toLong(r[from])),
                orZero(toLong(r[from + 1])),
                orZero(toLong(r[from + 2])),
                orZero(toLong(r[from + 3])),
                orZero(toLong(r[from + 4])),
                cost == null ? BigDecimal.ZERO : cost,
                last == null ? Instant.EPOCH : last);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
