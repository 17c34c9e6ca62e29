package fr.guichet.metering.service;

import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.metering.domain.UsageEvent;
import fr.guichet.metering.domain.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link UsageRecorder}'s work on PostgreSQL in one statement and one round trip: the usage event is inserted
 * unless its request id was recorded already (the unique index decides, even between servers), and the quota
 * settlement applies only when it was — both in one atomic, durably committed statement, or neither.
 */
@ApplicationScoped
public class DirectUsageRecorder {

    private static final String INSERT = "INSERT INTO usage_event (id, request_id, tenant_id, api_key_id, user_id, "
            + "provider_id, model, input_tokens, output_tokens, estimated, cost_eur, latency_ms, outcome, fallback_used, "
            + "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING "
            + "RETURNING 1";
    private static final String WITH_SETTLEMENT = "WITH ins AS (" + INSERT + "), upd AS (UPDATE quota_usage SET "
            + "requests = requests + ?, tokens = tokens + ?, cost_eur = cost_eur + ? WHERE tenant_id = ? AND period = ? "
            + "AND EXISTS (SELECT 1 FROM ins)) SELECT COUNT(*) FROM ins";
    private static final String WITHOUT_SETTLEMENT = "WITH ins AS (" + INSERT + ") SELECT COUNT(*) FROM ins";

    @Inject
    DirectStatements direct;

    /**
     * Records the call and settles its reservation (null or empty: nothing to settle); true when recorded now,
     * false when that request id was recorded already. Empty when the database is not PostgreSQL.
     */
    public Optional<Boolean> record(UsageRecord record, QuotaSettlement settlement) {
        Optional<DataSource> source = direct.postgres();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        UsageEvent.check(record);
        boolean settles = settlement != null && !settlement.isEmpty();
        try (Connection connection = source.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(settles ? WITH_SETTLEMENT : WITHOUT_SETTLEMENT)) {
            int i = bindEvent(statement, record);
            if (settles) {
                statement.setLong(++i, settlement.requests());
                statement.setLong(++i, settlement.tokens());
                statement.setBigDecimal(++i, settlement.costEur());
                statement.setString(++i, settlement.tenantId());
                statement.setString(++i, settlement.period());
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.of(rows.getLong(1) == 1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Usage event " + record.requestId() + " not recorded: " + e.getMessage(), e);
        }
    }

    private static int bindEvent(PreparedStatement statement, UsageRecord r) throws SQLException {
        int i = 0;
        statement.setString(++i, UUID.randomUUID().toString());
        statement.setString(++i, r.requestId());
        statement.setString(++i, r.tenantId());
        statement.setString(++i, r.apiKeyId());
        statement.setString(++i, r.userId());
        statement.setString(++i, r.providerId());
        statement.setString(++i, r.model());
        statement.setLong(++i, r.inputTokens());
        statement.setLong(++i, r.outputTokens());
        statement.setBoolean(++i, r.estimated());
        statement.setBigDecimal(++i, r.costEur().setScale(UsageEvent.COST_SCALE, RoundingMode.HALF_UP));
        statement.setLong(++i, r.latencyMs());
        statement.setString(++i, r.outcome().name());
        statement.setBoolean(++i, r.fallbackUsed());
        statement.setTimestamp(++i, Timestamp.from(r.occurredAt()));
        return i;
    }
}
