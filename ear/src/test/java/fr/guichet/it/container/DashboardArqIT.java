package fr.guichet.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.access.service.NewPlan;
import fr.guichet.access.service.PlanService;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.metering.domain.TokenCount;
import fr.guichet.metering.repository.ClientUsageQueries.Row;
import fr.guichet.metering.service.ClientUsage;
import fr.guichet.metering.service.MeteredCall;
import fr.guichet.metering.service.UsageMeter;
import fr.guichet.tenancy.service.NewTenant;
import fr.guichet.tenancy.service.TenantChanges;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console's figures inside the server: the usage rollups, written as calls are metered (concurrently, of every
 * outcome), equal a count of the calls themselves; and the dashboard's "needs attention" lists find the clients they
 * are about (near a quota, idle for a week, trial ending), with a moved clock.
 */
@InContainer
class DashboardArqIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static EnterpriseArchive deployment() {
        return GuichetDeployment.withTestsOf(DashboardArqIT.class);
    }

    @Inject
    UsageMeter meter;

    @Inject
    ClientUsage clients;

    @Inject
    TenantService tenants;

    @Inject
    PlanService plans;

    @Inject
    ClockProducer clocks;

    @Resource(lookup = "jdbc/guichet")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("48 calls metered at once, served, cut, failed and refused, on two models and three keys: each day's,"
            + " model's and key's rollup, and the month's, equal what the calls add up to")
    void rollupsEqualTheCalls() throws Exception {
        String tenant = tenant("rollup", null).id();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            int n = i;
            calls.add(executor.submit(() -> meter(tenant, n)));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        meter(tenant, 0); // the same request id again: nothing more

        Map<String, String> expected = new TreeMap<>();
        Map<String, long[]> month = new TreeMap<>();
        Map<String, BigDecimal> monthCost = new TreeMap<>();
        query(
                "SELECT model, provider_id, api_key_id, outcome, input_tokens, output_tokens, cost_eur, occurred_at"
                        + " FROM usage_event WHERE tenant_id = ?",
                tenant,
                rs -> {
                    LocalDate day = LocalDate.ofInstant(rs.getTimestamp(8).toInstant(), PARIS);
                    String key = day + "/" + rs.getString(1) + "/" + orEmpty(rs.getString(2)) + "/"
                            + orEmpty(rs.getString(3));
                    String outcome = rs.getString(4);
                    boolean served = outcome.equals("SUCCESS") || outcome.equals("INTERRUPTED");
                    long[] sums = {
                        served ? 1 : 0,
                        outcome.equals("REJECTED") ? 1 : 0,
                        outcome.equals("PROVIDER_ERROR") ? 1 : 0,
                        served ? rs.getLong(5) : 0,
                        served ? rs.getLong(6) : 0
                    };
                    BigDecimal cost = served ? rs.getBigDecimal(7) : BigDecimal.ZERO;
                    expected.merge(key, line(sums, cost), DashboardArqIT::add);
                    String m = YearMonth.from(day).toString();
                    long[] total = month.computeIfAbsent(m, x -> new long[5]);
                    for (int i = 0; i < 5; i++) {
                        total[i] += sums[i];
                    }
                    monthCost.merge(m, cost, BigDecimal::add);
                    return null;
                });
        assertThat(expected).isNotEmpty();
        Map<String, String> days = new TreeMap<>();
        query(
                "SELECT day, model, provider_id, api_key_id, served, refused, failed, input_tokens, output_tokens,"
                        + " cost_eur FROM usage_day WHERE tenant_id = ?",
                tenant,
                rs -> {
                    days.put(
                            rs.getDate(1).toLocalDate() + "/" + rs.getString(2) + "/" + rs.getString(3) + "/"
                                    + rs.getString(4),
                            line(
                                    new long[] {
                                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)
                                    },
                                    rs.getBigDecimal(10)));
                    return null;
                });
        assertThat(days).isEqualTo(expected);
        Map<String, String> months = new TreeMap<>();
        query(
                "SELECT month, served, refused, failed, input_tokens, output_tokens, cost_eur FROM usage_month"
                        + " WHERE tenant_id = ?",
                tenant,
                rs -> {
                    months.put(
                            rs.getString(1),
                            line(
                                    new long[] {
                                        rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)
                                    },
                                    rs.getBigDecimal(7)));
                    return null;
                });
        Map<String, String> expectedMonths = new TreeMap<>();
        month.forEach((m, sums) -> expectedMonths.put(m, line(sums, monthCost.get(m))));
        assertThat(months).isEqualTo(expectedMonths);
        assertThat(count("SELECT COUNT(*) FROM usage_event WHERE tenant_id = ?", tenant))
                .isEqualTo(48);
    }

    @Test
    @DisplayName("the attention lists: a client at 100 % of its requests, one idle for 8 days, a trial ending in 10"
            + " days; none of them in a list it does not belong to")
    void attention() {
        String plan = plans.create(
                        new NewPlan(
                                "arq-" + mark(), "Arq small", BigDecimal.TEN, null, 4L, 100, null, null, null, true),
                        "system")
                .id();
        TenantView full = tenant("full", plan);
        for (int i = 0; i < 4; i++) {
            meter(full.id(), 1000 + i * 4); // served calls (i * 4 % 4 == 0)
        }
        TenantView idle = tenant("idle", null);
        TenantView trial = tenant("trial", null);
        tenants.update(
                trial.id(),
                new TenantChanges(
                        null, null, "trial", Instant.now().plus(Duration.ofDays(10)), null, null, null, null));

        Row fullRow = find(p -> clients.nearQuota(BigDecimal.valueOf(80), p), full.id(), Row::tenantId)
                .orElseThrow();
        assertThat(fullRow.quotaShare()).isEqualByComparingTo("100.0");
        assertThat(find(p -> clients.nearQuota(BigDecimal.valueOf(80), p), idle.id(), Row::tenantId))
                .isEmpty();
        assertThat(find(p -> tenants.trialsEnding(14, p), trial.id(), TenantView::id))
                .isPresent();
        assertThat(find(p -> tenants.trialsEnding(7, p), trial.id(), TenantView::id))
                .as("10 days away")
                .isEmpty();
        assertThat(find(p -> clients.idleFor(7, p), idle.id(), Row::tenantId))
                .as("opened today")
                .isEmpty();

        clocks.shift(Duration.ofDays(8));
        assertThat(find(p -> clients.idleFor(7, p), idle.id(), Row::tenantId))
                .as("8 days later")
                .isPresent();
        assertThat(find(p -> clients.idleFor(7, p), full.id(), Row::tenantId))
                .as("its calls were 8 days ago too")
                .isPresent();
        assertThat(find(p -> clients.idleFor(9, p), idle.id(), Row::tenantId)).isEmpty();
    }

    /** One metered call of the tenant; {@code n} picks its outcome, model and key, and its request id. */
    private void meter(String tenant, int n) {
        MeteredCall call = new MeteredCall(
                "arq-dash-" + tenant + "-" + n,
                tenant,
                "key-" + n % 3,
                Optional.empty(),
                Optional.empty(),
                System.nanoTime());
        String model = n % 2 == 0 ? "gpt-4o-mini" : "mistral-small";
        switch (n % 4) {
            case 0 -> meter.served(call, "provider-a", model, new TokenCount(100 + n, n, false), true, false);
            case 1 -> meter.served(call, "provider-b", model, new TokenCount(10, 1, false), false, false);
            case 2 -> meter.failed(call, Optional.of("provider-a"), model, true);
            default -> meter.refused(call, model, fr.guichet.common.domain.ErrorCode.RATE_LIMIT_EXCEEDED);
        }
    }

    private TenantView tenant(String prefix, String planId) {
        String mark = mark();
        TenantView t = tenants.create(new NewTenant(
                        "Dash " + prefix + " " + mark,
                        "arq-dash-" + prefix + "-" + mark,
                        prefix + "-" + mark + "@dash.example",
                        null,
                        null,
                        "Dash Admin"))
                .tenant();
        return planId == null
                ? t
                : tenants.update(t.id(), new TenantChanges(null, null, null, null, null, null, planId, null));
    }

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Pages through a list until the item with that id; empty when it is not there. */
    private static <T> Optional<T> find(Function<PageRequest, Page<T>> list, String id, Function<T, String> idOf) {
        for (int page = 0; page < 100; page++) {
            Page<T> p = list.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            Optional<T> hit =
                    p.items().stream().filter(t -> idOf.apply(t).equals(id)).findFirst();
            if (hit.isPresent() || p.items().size() < PageRequest.MAX_SIZE) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static String line(long[] sums, BigDecimal cost) {
        return sums[0] + "/" + sums[1] + "/" + sums[2] + "/" + sums[3] + "/" + sums[4] + "/"
                + cost.stripTrailingZeros().toPlainString();
    }

    private static String add(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        long[] sums = new long[5];
        for (int i = 0; i < 5; i++) {
            sums[i] = Long.parseLong(x[i]) + Long.parseLong(y[i]);
        }
        return line(sums, new BigDecimal(x[5]).add(new BigDecimal(y[5])));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private interface RowReader {
        Object read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String tenant, RowReader reader) {
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("Could not read the database: " + e.getMessage());
        }
    }

    private long count(String sql, String tenant) {
        long[] n = {0};
        query(sql, tenant, rs -> n[0] = rs.getLong(1));
        return n[0];
    }
}
