package fr.guichet.metering.repository;

import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.domain.UsageRollup;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * The part of PostgreSQL's recording statement that adds the calls it inserted to the usage rollups: common table
 * expressions over {@code ins} (the inserted events, returned with their columns), so a call recorded before adds
 * nothing and a call is rolled up exactly when it is recorded. Rows are taken in key order: two servers' statements
 * for one tenant lock them in the same order.
 */
public final class UsageRollupSql {

    /** What {@code ins} must return. */
    public static final String RETURNING =
            "request_id, tenant_id, model, provider_id, api_key_id, outcome, input_tokens, output_tokens, cost_eur, "
                    + "occurred_at";

    private static final String SERVED = "i.outcome IN ('SUCCESS', 'INTERRUPTED')";
    private static final String SUMS = "COUNT(*) FILTER (WHERE " + SERVED + "), "
            + "COUNT(*) FILTER (WHERE i.outcome = 'REJECTED'), COUNT(*) FILTER (WHERE i.outcome = 'PROVIDER_ERROR'), "
            + "COALESCE(SUM(i.input_tokens) FILTER (WHERE " + SERVED + "), 0), "
            + "COALESCE(SUM(i.output_tokens) FILTER (WHERE " + SERVED + "), 0), "
            + "COALESCE(SUM(i.cost_eur) FILTER (WHERE " + SERVED + "), 0), MAX(i.occurred_at)";
    private static final String ADD = "served = t.served + EXCLUDED.served, refused = t.refused + EXCLUDED.refused, "
            + "failed = t.failed + EXCLUDED.failed, input_tokens = t.input_tokens + EXCLUDED.input_tokens, "
            + "output_tokens = t.output_tokens + EXCLUDED.output_tokens, cost_eur = t.cost_eur + EXCLUDED.cost_eur, "
            + "last_at = GREATEST(t.last_at, EXCLUDED.last_at)";

    private UsageRollupSql() {}

    /** Appends {@code , roll_days AS (…), roll_months AS (…)} for {@code rows} calls, each with a day to bind. */
    public static void append(StringBuilder sql, int rows) {
        sql.append(", r (request_id, day, month) AS (VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, CAST(? AS DATE), ?)");
        }
        sql.append("), roll_days AS (INSERT INTO usage_day AS t (day, tenant_id, model, provider_id, api_key_id, ")
                .append(UsageRollupRepository.SUMS)
                .append(
                        ") SELECT r.day, i.tenant_id, i.model, COALESCE(i.provider_id, ''), COALESCE(i.api_key_id, ''), ")
                .append(SUMS)
                .append(
                        " FROM ins i JOIN r ON r.request_id = i.request_id GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
                .append(" ON CONFLICT (day, tenant_id, model, provider_id, api_key_id) DO UPDATE SET ")
                .append(ADD)
                .append("), roll_months AS (INSERT INTO usage_month AS t (month, tenant_id, ")
                .append(UsageRollupRepository.SUMS)
                .append(") SELECT r.month, i.tenant_id, ")
                .append(SUMS)
                .append(" FROM ins i JOIN r ON r.request_id = i.request_id GROUP BY 1, 2 ORDER BY 1, 2")
                .append(" ON CONFLICT (month, tenant_id) DO UPDATE SET ")
                .append(ADD)
                .append(")");
    }

    /** Binds each call's request id, day and month after parameter {@code from}; returns the last index bound. */
    public static int bind(PreparedStatement statement, int from, List<UsageRecord> calls, ZoneId zone)
            throws SQLException {
        int i = from;
        for (UsageRecord call : calls) {
            UsageRollup.DayKey key = UsageRollup.DayKey.of(call, zone);
            statement.setString(++i, call.requestId());
            statement.setDate(++i, Date.valueOf(key.day()));
            statement.setString(++i, key.month());
        }
        return i;
    }
}
