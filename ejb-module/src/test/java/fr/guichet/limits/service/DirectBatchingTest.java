package fr.guichet.limits.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.common.schema.Changelog;
import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.service.DirectUsageRecorder;
import fr.guichet.tenancy.service.TenancyConfig;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The chat path's PostgreSQL statements under concurrency, where calls of one tenant are written in batches:
 * exactly as many reservations as fit are granted, every event is written once, and the quota row ends equal to
 * the sum of what was settled. Runs when the suite runs with DB_KIND=postgres, in a schema of its own.
 */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgres")
class DirectBatchingTest {

    private static final int CALLS = 64;
    private static final String TENANT = "00000000-0000-4000-8000-0000000000aa";
    private static final String PERIOD = "2026-11";

    private final String schema =
            "batching_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private PGSimpleDataSource source;
    private DirectQuotaLedger ledger;
    private DirectUsageRecorder recorder;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @BeforeEach
    void schema() throws Exception {
        source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://" + env("DB_HOST", "localhost") + ":" + env("DB_PORT", "5432") + "/"
                + env("DB_NAME", "guichet"));
        source.setUser(env("DB_USER", "guichet"));
        source.setPassword(env("DB_PASSWORD", ""));
        execute("create schema " + schema);
        source.setCurrentSchema(schema);
        try (Connection connection = source.getConnection()) {
            new Changelog(getClass().getClassLoader()).update(connection);
        }
        DirectStatements direct = new DirectStatements() {
            @Override
            public Optional<DataSource> postgres() {
                return Optional.of(source);
            }
        };
        ledger = new DirectQuotaLedger();
        ledger.direct = direct;
        recorder = new DirectUsageRecorder();
        Field field = DirectUsageRecorder.class.getDeclaredField("direct");
        field.setAccessible(true);
        field.set(recorder, direct);
        TenancyConfig zone = new TenancyConfig();
        Field zoneName = TenancyConfig.class.getDeclaredField("zone");
        zoneName.setAccessible(true);
        zoneName.set(zone, "Europe/Paris");
        Field config = DirectUsageRecorder.class.getDeclaredField("config");
        config.setAccessible(true);
        config.set(recorder, zone);
    }

    @AfterEach
    void drop() throws SQLException {
        source.setCurrentSchema(null);
        execute("drop schema " + schema + " cascade");
    }

    /** A plan with a monthly quota of {@code requests}, a tenant on it and its quota row for the period. */
    private void tenantWithQuota(long requests) throws SQLException {
        String plan = UUID.randomUUID().toString();
        execute(
                "insert into plan (id, code, name, monthly_price_eur, requests_per_minute, requests_per_month, enabled, "
                        + "created_at, updated_at, version) values ('" + plan + "', 'batch', 'Batch', 0, 1000, "
                        + requests
                        + ", true, now(), now(), 0)");
        execute(
                "insert into tenant (id, name, slug, contact_email, status, time_zone, created_at, updated_at, version, "
                        + "plan_id) values ('" + TENANT
                        + "', 'Batch', 'batch', 'b@example.com', 'ACTIVE', 'UTC', now(), now(), "
                        + "0, '" + plan + "')");
        execute("insert into quota_usage (tenant_id, period, requests, tokens, cost_eur) values ('" + TENANT + "', '"
                + PERIOD + "', 0, 0, 0)");
    }

    @Test
    @DisplayName("64 concurrent reservations against a quota of 40: exactly 40 granted, the row counts 40")
    void reservationsStayExact() throws Exception {
        tenantWithQuota(40);
        List<Optional<QuotaUse>> results =
                all(() -> ledger.reserve(new Reservation(TENANT, PERIOD, 10, new BigDecimal("0.001000"))));

        List<QuotaUse> granted = results.stream().flatMap(Optional::stream).toList();
        assertThat(granted).hasSize(40);
        // each call sees the counters after its own reservation: 1..40, each once
        assertThat(granted.stream().map(QuotaUse::requests).sorted().toList())
                .isEqualTo(
                        java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(query("select requests || '/' || tokens || '/' || cost_eur from quota_usage"))
                .isEqualTo("40/400/0.040000");
    }

    @Test
    @DisplayName("64 concurrent usage events with settlements: each written once, the row settles to their sum")
    void eventsWrittenOnce() throws Exception {
        tenantWithQuota(1_000);
        List<UsageRecord> records = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            records.add(new UsageRecord(
                    "chatcmpl-batch-" + i,
                    TENANT,
                    null,
                    null,
                    null,
                    "gpt-4o-mini",
                    10,
                    i,
                    false,
                    new BigDecimal("0.000100"),
                    5,
                    Outcome.SUCCESS,
                    null,
                    false,
                    Instant.parse("2026-11-27T10:00:00Z")));
        }
        List<Boolean> first = allOf(records.stream()
                .<Callable<Boolean>>map(r -> () -> recorder.record(
                                r,
                                Optional.of(new QuotaSettlement(TENANT, PERIOD, 1, 10 + r.outputTokens(), r.costEur())))
                        .orElseThrow())
                .toList());
        assertThat(first).containsOnly(true).hasSize(CALLS);

        // the same calls recorded again (a retry): nothing is written, nothing is settled twice
        List<Boolean> again = allOf(records.stream()
                .<Callable<Boolean>>map(r -> () -> recorder.record(
                                r,
                                Optional.of(new QuotaSettlement(TENANT, PERIOD, 1, 10 + r.outputTokens(), r.costEur())))
                        .orElseThrow())
                .toList());
        assertThat(again).containsOnly(false).hasSize(CALLS);

        assertThat(query("select count(*) from usage_event")).isEqualTo(String.valueOf(CALLS));
        long tokens = 10L * CALLS + (long) CALLS * (CALLS - 1) / 2;
        assertThat(query("select requests || '/' || tokens || '/' || cost_eur from quota_usage"))
                .isEqualTo(CALLS + "/" + tokens + "/0.006400");
    }

    @Test
    @DisplayName("one event the database refuses fails alone: the other 63 of its batch are written and settled")
    void oneRefusedEventFailsAlone() throws Exception {
        tenantWithQuota(1_000);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String model = i == 17 ? "m".repeat(200) : "gpt-4o-mini"; // longer than the column
            UsageRecord record = new UsageRecord(
                    "chatcmpl-one-" + i,
                    TENANT,
                    null,
                    null,
                    null,
                    model,
                    10,
                    5,
                    false,
                    new BigDecimal("0.000100"),
                    5,
                    Outcome.SUCCESS,
                    null,
                    false,
                    Instant.parse("2026-11-27T10:00:00Z"));
            calls.add(() -> {
                try {
                    return recorder.record(
                                    record, Optional.of(new QuotaSettlement(TENANT, PERIOD, 1, 15, record.costEur())))
                            .orElseThrow();
                } catch (RuntimeException e) {
                    return e;
                }
            });
        }
        List<Object> results = allOf(calls);

        assertThat(results.get(17)).isInstanceOf(RuntimeException.class);
        assertThat(results.stream().filter(Boolean.TRUE::equals)).hasSize(CALLS - 1);
        assertThat(query("select count(*) from usage_event")).isEqualTo(String.valueOf(CALLS - 1));
        assertThat(query("select requests || '/' || tokens from quota_usage"))
                .isEqualTo((CALLS - 1) + "/" + 15 * (CALLS - 1));
    }

    @Test
    @DisplayName("a refusal's reason is written with its event, in a batch as alone; served calls have none")
    void refusalReasons() throws Exception {
        tenantWithQuota(1_000);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            boolean refused = i % 2 == 0;
            UsageRecord record = new UsageRecord(
                    "chatcmpl-reason-" + i,
                    TENANT,
                    null,
                    null,
                    null,
                    "gpt-4o-mini",
                    refused ? 0 : 10,
                    refused ? 0 : 5,
                    false,
                    refused ? BigDecimal.ZERO : new BigDecimal("0.000100"),
                    5,
                    refused ? Outcome.REJECTED : Outcome.SUCCESS,
                    refused ? "insufficient_quota" : null,
                    false,
                    Instant.parse("2026-11-27T10:00:00Z"));
            Optional<QuotaSettlement> settlement = refused
                    ? Optional.empty()
                    : Optional.of(new QuotaSettlement(TENANT, PERIOD, 1, 15, record.costEur()));
            calls.add(() -> recorder.record(record, settlement).orElseThrow());
        }
        assertThat(allOf(calls)).containsOnly(true);

        assertThat(query("select count(*) from usage_event where outcome = 'REJECTED' and reason = "
                        + "'insufficient_quota'"))
                .isEqualTo(String.valueOf(CALLS / 2));
        assertThat(query("select count(*) from usage_event where outcome = 'SUCCESS' and reason is null"))
                .isEqualTo(String.valueOf(CALLS / 2));
        assertThat(query("select requests from quota_usage")).isEqualTo(String.valueOf(CALLS / 2));
    }

    @Test
    @DisplayName("the rollups equal a count of the events, per Paris day, model and key and per month, however the"
            + " 64 concurrent calls of mixed outcomes are batched, and recording them again adds nothing")
    void rollupsEqualTheEvents() throws Exception {
        tenantWithQuota(1_000);
        List<Callable<Boolean>> calls = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < CALLS; i++) {
            Outcome outcome = outcomes[i % outcomes.length];
            boolean served = outcome == Outcome.SUCCESS || outcome == Outcome.INTERRUPTED;
            UsageRecord record = new UsageRecord(
                    "chatcmpl-roll-" + i,
                    TENANT,
                    i % 3 == 0 ? null : "key-" + (i % 2),
                    null,
                    outcome == Outcome.REJECTED ? null : "provider-" + (i % 2),
                    i % 4 < 2 ? "gpt-4o-mini" : "mistral-small",
                    served ? 100 + i : 0,
                    served ? i : 0,
                    false,
                    served ? new BigDecimal("0.000123").multiply(BigDecimal.valueOf(i + 1)) : BigDecimal.ZERO,
                    5,
                    outcome,
                    outcome == Outcome.REJECTED ? "rate_limit_exceeded" : null,
                    false,
                    // 22:59:59Z and 23:00:00Z on 30 November: the 30th and 1 December in Paris (two days, two months)
                    Instant.parse("2026-11-30T22:59:59Z").plusSeconds((i / 4) % 2));
            calls.add(() -> recorder.record(record, Optional.empty()).orElseThrow());
        }
        assertThat(allOf(calls)).containsOnly(true);
        assertThat(allOf(calls)).as("recorded again").containsOnly(false);

        String served = "outcome IN ('SUCCESS', 'INTERRUPTED')";
        String paris = "(occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris'";
        String sums = "COUNT(*) FILTER (WHERE " + served + "), COUNT(*) FILTER (WHERE outcome = 'REJECTED'), "
                + "COUNT(*) FILTER (WHERE outcome = 'PROVIDER_ERROR'), ";
        String fromEvents = "SELECT string_agg(line, ';' ORDER BY line) FROM (SELECT concat_ws('/', d, model, p, k, "
                + sums + "COALESCE(SUM(input_tokens) FILTER (WHERE " + served + "), 0), COALESCE(SUM(output_tokens) "
                + "FILTER (WHERE " + served + "), 0), CAST(COALESCE(SUM(cost_eur) FILTER (WHERE " + served
                + "), 0) AS NUMERIC(19, 6))) "
                + "AS line FROM (SELECT CAST(" + paris + " AS DATE) AS d, model, COALESCE(provider_id, '') AS p, "
                + "COALESCE(api_key_id, '') AS k, outcome, input_tokens, output_tokens, cost_eur FROM usage_event) e "
                + "GROUP BY d, model, p, k) x";
        String fromDays = "SELECT string_agg(line, ';' ORDER BY line) FROM (SELECT concat_ws('/', day, model, "
                + "provider_id, api_key_id, served, refused, failed, input_tokens, output_tokens, cost_eur) AS line "
                + "FROM usage_day) x";
        String events = query(fromEvents);
        assertThat(events).contains("2026-11-30/").contains("2026-12-01/");
        assertThat(query(fromDays)).isEqualTo(events);
        assertThat(query("SELECT string_agg(month || '/' || served || '/' || refused || '/' || failed || '/' "
                        + "|| cost_eur, ';' ORDER BY month) FROM usage_month"))
                .isEqualTo(query("SELECT string_agg(line, ';' ORDER BY line) FROM (SELECT concat_ws('/', m, " + sums
                        + "CAST(COALESCE(SUM(cost_eur) FILTER (WHERE " + served
                        + "), 0) AS NUMERIC(19, 6))) AS line FROM (SELECT to_char("
                        + paris + ", 'YYYY-MM') AS m, outcome, cost_eur FROM usage_event) e GROUP BY m) x"));
    }

    private <T> List<T> all(Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(call);
        }
        return allOf(calls);
    }

    /** Runs the calls on as many threads, released together. */
    private static <T> List<T> allOf(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
