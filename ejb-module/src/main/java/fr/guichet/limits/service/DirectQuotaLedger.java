package fr.guichet.limits.service;

import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link QuotaLedger#reserve}'s granted case on PostgreSQL in one round trip: the same conditional {@code UPDATE}
 * (the plan's limits read in the same statement, so exact under any concurrency and across servers), committed on
 * its own, returning the counters after it. When it takes nothing (refused, or the period's counters do not exist
 * yet) the caller goes the JPA way, which tells which.
 */
@ApplicationScoped
public class DirectQuotaLedger {

    private static final String RESERVE = "UPDATE quota_usage q SET requests = q.requests + 1, tokens = q.tokens + ?, "
            + "cost_eur = q.cost_eur + ? FROM tenant t LEFT JOIN plan p ON p.id = t.plan_id "
            + "WHERE q.tenant_id = ? AND q.period = ? AND t.id = q.tenant_id "
            + "AND q.requests < COALESCE(p.requests_per_month, 9223372036854775807) "
            + "AND q.tokens + ? <= COALESCE(p.tokens_per_month, 9223372036854775807) "
            + "AND q.cost_eur + ? <= COALESCE(p.spend_cap_eur, 1000000000000) "
            + "RETURNING q.requests, q.tokens, q.cost_eur, p.requests_per_month, p.tokens_per_month, p.spend_cap_eur";

    @Inject
    DirectStatements direct;

    /** The counters after the reservation when it was taken; empty when it was not, or not on PostgreSQL. */
    public Optional<QuotaUse> reserve(Reservation r) {
        Optional<DataSource> source = direct.postgres();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = source.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(RESERVE)) {
            statement.setLong(1, r.tokens());
            statement.setBigDecimal(2, r.costEur());
            statement.setString(3, r.tenantId());
            statement.setString(4, r.period());
            statement.setLong(5, r.tokens());
            statement.setBigDecimal(6, r.costEur());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new QuotaUse(true, rows.getLong(1), rows.getLong(2), rows.getBigDecimal(3),
                        nullableLong(rows, 4), nullableLong(rows, 5), rows.getBigDecimal(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Quota of " + r.tenantId() + " not reserved: " + e.getMessage(), e);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

}
