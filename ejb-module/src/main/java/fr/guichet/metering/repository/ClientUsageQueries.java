package fr.guichet.metering.repository;

import static fr.guichet.common.persistence.NativeRows.toDecimal;
import static fr.guichet.common.persistence.NativeRows.toInstant;
import static fr.guichet.common.persistence.NativeRows.toLong;

import fr.guichet.common.persistence.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The clients with their usage of a month, from the month rollups joined to the tenants and their plans: one
 * indexed read per page, whatever the number of calls. The share of quota is the largest of tokens, requests and
 * spend against the plan's monthly limits, in percent (null without any limit).
 */
@ApplicationScoped
public class ClientUsageQueries {

    /** The columns a page can be sorted by, each with its SQL. */
    public enum Sort {
        NAME("LOWER(name)"),
        TOKENS("tokens"),
        COST("cost"),
        REQUESTS("served"),
        QUOTA("share"),
        LAST_ACTIVITY("last_at");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public record Row(
            String tenantId,
            String name,
            String slug,
            String status,
            String plan,
            long served,
            long tokens,
            BigDecimal cost,
            BigDecimal quotaShare,
            Instant lastAt) {}

    private static final String RATIO = "CASE WHEN %2$s > 0 THEN 100.0 * %1$s / %2$s ELSE 0 END";
    private static final String FROM = " FROM (SELECT t.id, t.name, t.slug, t.status, p.name AS plan,"
            + " COALESCE(m.served, 0) AS served, COALESCE(m.input_tokens + m.output_tokens, 0) AS tokens,"
            + " COALESCE(m.cost_eur, 0) AS cost, COALESCE(m.last_at, pm.last_at) AS last_at, t.created_at,"
            + " CASE WHEN p.tokens_per_month > 0 OR p.requests_per_month > 0 OR p.spend_cap_eur > 0 THEN 1 ELSE 0"
            + " END AS limited, "
            + String.format(RATIO, "COALESCE(m.input_tokens + m.output_tokens, 0)", "p.tokens_per_month") + " AS rt, "
            + String.format(RATIO, "COALESCE(m.served, 0)", "p.requests_per_month") + " AS rr, "
            + String.format(RATIO, "COALESCE(m.cost_eur, 0)", "p.spend_cap_eur") + " AS rc"
            + " FROM tenant t LEFT JOIN plan p ON p.id = t.plan_id"
            + " LEFT JOIN usage_month m ON m.tenant_id = t.id AND m.month = ?"
            + " LEFT JOIN usage_month pm ON pm.tenant_id = t.id AND pm.month = ?"
            + " WHERE (CAST(? AS VARCHAR(16)) = '' OR t.status = CAST(? AS VARCHAR(16)))"
            + " AND (CAST(? AS VARCHAR(256)) = '' OR LOWER(t.name) LIKE CAST(? AS VARCHAR(256)) ESCAPE '\\'"
            + " OR LOWER(t.slug) LIKE CAST(? AS VARCHAR(256)) ESCAPE '\\')) c";
    private static final String SHARE =
            "CASE WHEN limited = 0 THEN NULL WHEN rt >= rr AND rt >= rc THEN rt WHEN rr >= rc THEN rr ELSE rc END";

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    /**
     * Which clients: of a month (and the one before, for the last activity), a status (enum name) and a text in the
     * name or slug (each null for any); {@code minShare}: only those at or above this share of quota (percent);
     * {@code idleSince}: only those being served (trial, active, past due), opened before it and without a call since.
     */
    public record Filter(
            String month, String previousMonth, String status, String text, BigDecimal minShare, Instant idleSince) {

        public Filter(String month, String previousMonth, String status, String text) {
            this(month, previousMonth, status, text, null, null);
        }
    }

    /** How many clients match. */
    public long count(Filter filter) {
        return toLong(bind(em.createNativeQuery("SELECT COUNT(*) FROM " + matching(filter)), filter)
                .getSingleResult());
    }

    /** One page of the clients that match, sorted (ties by name, then id). */
    public List<Row> page(Filter filter, Sort sort, boolean descending, int offset, int size) {
        String order =
                sort.column + (descending ? " DESC" : " ASC") + (sort == Sort.NAME ? "" : ", LOWER(name)") + ", id";
        String sql = "SELECT id, name, slug, status, plan, served, tokens, cost, share, last_at FROM "
                + matching(filter) + " ORDER BY "
                + order.replace("share", nullsLast("share")).replace("last_at", nullsLast("last_at"));
        List<?> rows = bind(em.createNativeQuery(sql), filter)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
        List<Row> page = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            BigDecimal share = toDecimal(r[8]);
            page.add(new Row(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    toLong(r[5]),
                    toLong(r[6]),
                    toDecimal(r[7]),
                    share == null ? null : share.setScale(1, java.math.RoundingMode.HALF_UP),
                    toInstant(r[9])));
        }
        return page;
    }

    private static String matching(Filter filter) {
        return "(SELECT c.*, " + SHARE + " AS share" + FROM + ") s WHERE 1 = 1"
                + (filter.minShare() == null ? "" : " AND share >= ?")
                + (filter.idleSince() == null
                        ? ""
                        : " AND status IN ('TRIAL', 'ACTIVE', 'PAST_DUE') AND created_at < ?"
                                + " AND (last_at IS NULL OR last_at < ?)");
    }

    /** Rows without a value last, whichever way the column is sorted (as Derby and PostgreSQL both read). */
    private static String nullsLast(String column) {
        return "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, " + column;
    }

    private static Query bind(Query query, Filter filter) {
        String status = filter.status();
        String text = filter.text();
        String month = filter.month();
        String previousMonth = filter.previousMonth();
        String s = status == null ? "" : status;
        String t = LikePattern.contains(text);
        query.setParameter(1, month)
                .setParameter(2, previousMonth)
                .setParameter(3, s)
                .setParameter(4, s)
                .setParameter(5, t)
                .setParameter(6, t)
                .setParameter(7, t);
        int next = 8;
        if (filter.minShare() != null) {
            query.setParameter(next++, filter.minShare());
        }
        if (filter.idleSince() != null) {
            java.sql.Timestamp since = java.sql.Timestamp.from(filter.idleSince());
            query.setParameter(next++, since).setParameter(next, since);
        }
        return query;
    }
}
