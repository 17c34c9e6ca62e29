package fr.guichet.metering.schema;

import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.repository.UsageRollupRepository;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Rolls up the calls recorded before the rollups existed, in the change set that creates them (so before any call
 * is rolled up as it is written: nothing is counted twice). Days are in the operator's zone ({@code guichet.zone},
 * read from MicroProfile Config when the server runs, Europe/Paris otherwise), as the recorders count them.
 */
public class UsageRollupBackfill implements CustomTaskChange {

    private static final String EVENTS = "SELECT tenant_id, model, provider_id, api_key_id, outcome, input_tokens,"
            + " output_tokens, cost_eur, occurred_at FROM usage_event";
    private static final int BATCH = 500;

    private int rows;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<UsageRollup.DayKey, UsageRollup> days = days(connection, zone());
            Map<List<String>, UsageRollup> months = new HashMap<>();
            days.forEach((key, sums) -> months.merge(List.of(key.month(), key.tenantId()), sums, UsageRollup::plus));
            try (PreparedStatement day = connection.prepareStatement(UsageRollupRepository.DAY_INSERT);
                    PreparedStatement month = connection.prepareStatement(UsageRollupRepository.MONTH_INSERT)) {
                for (var entry : days.entrySet()) {
                    UsageRollup.DayKey key = entry.getKey();
                    add(
                            day,
                            List.of(
                                    Date.valueOf(key.day()),
                                    key.tenantId(),
                                    key.model(),
                                    key.providerId(),
                                    key.apiKeyId()),
                            entry.getValue());
                }
                for (var entry : months.entrySet()) {
                    add(month, List.copyOf(entry.getKey()), entry.getValue());
                }
                day.executeBatch();
                month.executeBatch();
            }
            rows = days.size() + months.size();
        } catch (SQLException e) {
            throw new CustomChangeException("Could not roll up the usage recorded so far: " + e.getMessage(), e);
        }
    }

    private static Map<UsageRollup.DayKey, UsageRollup> days(Connection connection, ZoneId zone) throws SQLException {
        Map<UsageRollup.DayKey, UsageRollup> days = new HashMap<>();
        try (PreparedStatement events = connection.prepareStatement(EVENTS)) {
            events.setFetchSize(BATCH);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    var at = rs.getTimestamp(9).toInstant();
                    var key = new UsageRollup.DayKey(
                            LocalDate.ofInstant(at, zone),
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3) == null ? "" : rs.getString(3),
                            rs.getString(4) == null ? "" : rs.getString(4));
                    var call = UsageRollup.of(
                            Outcome.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8), at);
                    days.merge(key, call, UsageRollup::plus);
                }
            }
        }
        return days;
    }

    private void add(PreparedStatement insert, List<Object> key, UsageRollup sums) throws SQLException {
        int i = 0;
        for (Object value : key) {
            insert.setObject(++i, value);
        }
        for (Object value : UsageRollupRepository.sums(sums)) {
            insert.setObject(++i, value);
        }
        insert.addBatch();
        if (++pending % BATCH == 0) {
            insert.executeBatch();
        }
    }

    private int pending;

    private static ZoneId zone() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("guichet.zone", String.class)
                    .map(ZoneId::of)
                    .orElse(ZoneId.of("Europe/Paris"));
        } catch (RuntimeException | LinkageError noConfig) {
            return ZoneId.of("Europe/Paris");
        }
    }

    @Override
    public String getConfirmationMessage() {
        return rows + " usage rollup rows written from the calls recorded so far";
    }

    @Override
    public void setUp() {}

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {}

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
