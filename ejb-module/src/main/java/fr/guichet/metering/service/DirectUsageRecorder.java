package fr.guichet.metering.service;

import fr.guichet.common.persistence.Batches;
import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.metering.domain.UsageEvent;
import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.repository.UsageRollupSql;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records usage events on PostgreSQL with one autocommitted statement each: the event (unique request id, so a
 * second record of the same call is a no-op), its share of the usage rollups and the settlement of its quota
 * reservation, together or not at all.
 *
 * <p>Calls of one tenant that finish at the same time are written together: while one statement of the tenant is
 * running, the calls that arrive wait, and the first of them then writes them all in one statement ({@link Batches},
 * on the batching of Bucket4j's rate-limit buckets). Each caller still returns only once its own event
 * is committed, so nothing is acknowledged before it is durable; a lone call is written alone at once. The
 * tenant's quota row is then updated once per batch instead of once per call: that row is the one every call of
 * the tenant updates, and each update holds it until its commit reaches the disk.
 */
@ApplicationScoped
public class DirectUsageRecorder {

    private static final String COLUMNS = "id, request_id, tenant_id, api_key_id, user_id, provider_id, model, "
            + "input_tokens, output_tokens, estimated, cost_eur, latency_ms, outcome, reason, fallback_used, occurred_at";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Calls per statement at most (25 parameters each; PostgreSQL takes 32,767). */
    static final int MAX_BATCH = 256;

    @Inject
    DirectStatements direct;

    @Inject
    TenancyConfig config;

    /**
     * Batched per tenant and month: a batch settles at most one quota row, so two servers' batches cannot deadlock
     * on two rows taken in opposite orders.
     */
    private final Batches<Item> batches = new Batches<>(this::recordAll, this::recordOne);

    /** A call to record, with the settlement of its reservation (null: nothing to settle). */
    record Item(UsageRecord record, QuotaSettlement settlement) {

        boolean settles() {
            return settlement != null && !settlement.isEmpty();
        }
    }

    /**
     * Records the call and settles its reservation (empty, or a settlement of nothing: nothing to settle); true when recorded now,
     * false when that request id was recorded already. Empty when the database is not PostgreSQL.
     */
    public Optional<Boolean> record(UsageRecord record, Optional<QuotaSettlement> settlement) {
        if (direct.postgres().isEmpty()) {
            return Optional.empty();
        }
        UsageEvent.check(record);
        Item item = new Item(record, settlement.orElse(null));
        return Optional.of(batches.execute(
                record.tenantId() + "|" + (item.settles() ? item.settlement().period() : ""), item));
    }

    private Connection connection() throws SQLException {
        return direct.postgres().orElseThrow().getConnection();
    }

    /** A call written alone: the event, its rollups and its settlement in one statement. */
    private Object recordOne(Item item) {
        return recordChunk(List.of(item)).contains(item.record().requestId());
    }

    /**
     * Calls written together, {@link #MAX_BATCH} per statement; each call's answer (true: recorded now, false:
     * recorded before) or its failure. A statement that fails wrote nothing (it is atomic): its calls are then written
     * one by one, so that one call the database refuses does not take the others with it.
     */
    private List<Object> recordAll(List<Item> batch) {
        List<Item> items = distinct(batch);
        Map<String, Object> outcomes = new HashMap<>();
        for (int from = 0; from < items.size(); from += MAX_BATCH) {
            List<Item> chunk = items.subList(from, Math.min(items.size(), from + MAX_BATCH));
            try {
                Set<String> inserted = recordChunk(chunk);
                chunk.forEach(i -> outcomes.put(
                        i.record().requestId(), inserted.contains(i.record().requestId())));
            } catch (RuntimeException chunkFailed) {
                for (Item item : chunk) {
                    outcomes.put(item.record().requestId(), Batches.outcome(() -> recordOne(item)));
                }
            }
        }
        return results(batch, outcomes);
    }

    /**
     * The events in one multi-row insert and the settlements of those inserted (not of a request id recorded
     * before) summed into the tenant's quota rows, in one statement; the request ids inserted.
     */
    private Set<String> recordChunk(List<Item> items) {
        List<Item> settling = items.stream().filter(Item::settles).toList();
        StringBuilder sql = new StringBuilder("WITH ins AS (INSERT INTO usage_event (")
                .append(COLUMNS)
                .append(") VALUES ");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        sql.append(" ON CONFLICT (request_id) DO NOTHING RETURNING ")
                .append(UsageRollupSql.RETURNING)
                .append(")");
        if (!settling.isEmpty()) {
            sql.append(", s (request_id, tenant_id, period, requests, tokens, cost_eur) AS (VALUES ");
            for (int i = 0; i < settling.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(?, ?, ?, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS NUMERIC))");
            }
            sql.append("), upd AS (UPDATE quota_usage q SET requests = q.requests + d.requests, "
                    + "tokens = q.tokens + d.tokens, cost_eur = q.cost_eur + d.cost_eur FROM (SELECT s.tenant_id, "
                    + "s.period, SUM(s.requests) AS requests, SUM(s.tokens) AS tokens, SUM(s.cost_eur) AS cost_eur "
                    + "FROM s JOIN ins ON ins.request_id = s.request_id GROUP BY s.tenant_id, s.period) d "
                    + "WHERE q.tenant_id = d.tenant_id AND q.period = d.period)");
        }
        UsageRollupSql.append(sql, items.size());
        sql.append(" SELECT request_id FROM ins");
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 0;
            for (Item item : items) {
                i = bindEvent(statement, i, item.record());
            }
            for (Item item : settling) {
                QuotaSettlement s = item.settlement();
                statement.setString(++i, item.record().requestId());
                statement.setString(++i, s.tenantId());
                statement.setString(++i, s.period());
                statement.setLong(++i, s.requests());
                statement.setLong(++i, s.tokens());
                statement.setBigDecimal(++i, s.costEur());
            }
            UsageRollupSql.bind(statement, i, items.stream().map(Item::record).toList(), config.zone());
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException(items.size() + " usage events not recorded: " + e.getMessage(), e);
        }
    }

    /** Each call's answer in the batch's order; a repeated request id is "recorded before" after its first. */
    private static List<Object> results(List<Item> batch, Map<String, Object> outcomes) {
        Set<String> answered = new HashSet<>();
        List<Object> results = new ArrayList<>(batch.size());
        for (Item item : batch) {
            String requestId = item.record().requestId();
            Object outcome = outcomes.get(requestId);
            results.add(answered.add(requestId) ? outcome : outcome instanceof Boolean ? Boolean.FALSE : outcome);
        }
        return results;
    }

    /** The batch without repeated request ids (one insert per id, so a settlement is never counted twice). */
    private static List<Item> distinct(List<Item> batch) {
        return List.copyOf(batch.stream()
                .collect(Collectors.toMap(
                        i -> i.record().requestId(), i -> i, (first, second) -> first, LinkedHashMap::new))
                .values());
    }

    private static int bindEvent(PreparedStatement statement, int from, UsageRecord r) throws SQLException {
        int i = from;
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
        statement.setString(++i, r.reason());
        statement.setBoolean(++i, r.fallbackUsed());
        statement.setTimestamp(++i, Timestamp.from(r.occurredAt()));
        return i;
    }
}
