package fr.guichet.limits.service;

import fr.guichet.common.persistence.Batches;
import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quota reservations on PostgreSQL: one autocommitted conditional {@code UPDATE … RETURNING} of the tenant's quota
 * row, which takes the reservation only while it fits under the plan's limits.
 *
 * <p>Reservations of one tenant and month that arrive together are taken together: while one statement of that
 * quota row is running, the calls that arrive wait, and the first of them then reserves for all of them in one
 * statement that takes their sum only if the whole sum fits ({@link Batches}, on Bucket4j's batching). When it does not
 * fit — the quota is nearly spent — each is tried alone, in order, by the single statement: exactly as many calls
 * as fit are granted, as without batching. Each call's counters are those after its own reservation, in that order.
 */
@ApplicationScoped
public class DirectQuotaLedger {

    private static final String RESERVE = "UPDATE quota_usage q SET requests = q.requests + ?, tokens = q.tokens + ?, "
            + "cost_eur = q.cost_eur + ? FROM tenant t LEFT JOIN plan p ON p.id = t.plan_id "
            + "WHERE q.tenant_id = ? AND q.period = ? AND t.id = q.tenant_id "
            + "AND q.requests + ? <= COALESCE(p.requests_per_month, 9223372036854775807) "
            + "AND q.tokens + ? <= COALESCE(p.tokens_per_month, 9223372036854775807) "
            + "AND q.cost_eur + ? <= COALESCE(p.spend_cap_eur, 1000000000000) "
            + "RETURNING q.requests, q.tokens, q.cost_eur, p.requests_per_month, p.tokens_per_month, p.spend_cap_eur";

    @Inject
    DirectStatements direct;

    /** Batched per quota row (tenant and month). */
    private final Batches<Reservation> batches = new Batches<>(this::reserveAll, this::reserveOne);

    /** The counters after the reservation when it was taken; empty when it was not, or not on PostgreSQL. */
    public Optional<QuotaUse> reserve(Reservation r) {
        if (direct.postgres().isEmpty()) {
            return Optional.empty();
        }
        return batches.execute(r.tenantId() + "|" + r.period(), r);
    }

    private Optional<QuotaUse> reserveOne(Reservation r) {
        return take(r.tenantId(), r.period(), 1, r.tokens(), r.costEur());
    }

    /**
     * The sum at once when it fits, each call's counters derived from the total in order; else one by one, each
     * call with its own answer or failure (a reservation already committed is never reported as failed).
     */
    private List<Object> reserveAll(List<Reservation> batch) {
        Reservation first = batch.get(0);
        long tokens = batch.stream().mapToLong(Reservation::tokens).sum();
        BigDecimal cost = batch.stream().map(Reservation::costEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<QuotaUse> total = take(first.tenantId(), first.period(), batch.size(), tokens, cost);
        List<Object> results = new ArrayList<>(batch.size());
        if (total.isEmpty()) {
            for (Reservation r : batch) {
                results.add(Batches.outcome(() -> reserveOne(r)));
            }
            return results;
        }
        QuotaUse after = total.get();
        long requestsAfter = after.requests() - batch.size();
        long tokensAfter = after.tokens() - tokens;
        BigDecimal costAfter = after.costEur().subtract(cost);
        for (Reservation r : batch) {
            requestsAfter += 1;
            tokensAfter += r.tokens();
            costAfter = costAfter.add(r.costEur());
            results.add(Optional.of(new QuotaUse(
                    true,
                    requestsAfter,
                    tokensAfter,
                    costAfter,
                    after.requestLimit(),
                    after.tokenLimit(),
                    after.spendCapEur())));
        }
        return results;
    }

    private Optional<QuotaUse> take(String tenantId, String period, long requests, long tokens, BigDecimal cost) {
        try (Connection connection = direct.postgres().orElseThrow().getConnection();
                PreparedStatement statement = connection.prepareStatement(RESERVE)) {
            statement.setLong(1, requests);
            statement.setLong(2, tokens);
            statement.setBigDecimal(3, cost);
            statement.setString(4, tenantId);
            statement.setString(5, period);
            statement.setLong(6, requests);
            statement.setLong(7, tokens);
            statement.setBigDecimal(8, cost);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new QuotaUse(
                        true,
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getBigDecimal(3),
                        nullableLong(rows, 4),
                        nullableLong(rows, 5),
                        rows.getBigDecimal(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Quota of " + tenantId + " not reserved: " + e.getMessage(), e);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
