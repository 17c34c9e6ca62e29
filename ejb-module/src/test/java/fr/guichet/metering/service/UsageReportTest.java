package fr.guichet.metering.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.repository.UsageRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageReportTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate NOV_1 = LocalDate.parse("2026-11-01");
    private static final String TENANT = "tenant-a";

    private static UsageRow row(String instant, long in, long out, String cost) {
        return row(instant, in, out, cost, Outcome.SUCCESS, null);
    }

    private static UsageRow row(String instant, long in, long out, String cost, Outcome outcome, String reason) {
        return new UsageRow(
                Instant.parse(instant), TENANT, "k", "m", "p", outcome, reason, in, out, new BigDecimal(cost));
    }

    /**
     * {@code calls} events of one tenant, model, provider, key and outcome on Nov 1, with these tokens and cost in
     * all (the first event carries them, the others none).
     */
    private static List<UsageRow> calls(
            String tenant,
            String model,
            String provider,
            String key,
            Outcome outcome,
            String reason,
            long calls,
            long in,
            long out,
            String cost) {
        List<UsageRow> rows = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            rows.add(new UsageRow(
                    Instant.parse("2026-11-01T10:00:00Z"),
                    tenant,
                    key,
                    model,
                    provider,
                    outcome,
                    reason,
                    i == 0 ? in : 0,
                    i == 0 ? out : 0,
                    new BigDecimal(i == 0 ? cost : "0")));
        }
        return rows;
    }

    private static List<UsageRow> group(
            String model,
            String provider,
            String key,
            Outcome outcome,
            String reason,
            long calls,
            long in,
            long out,
            String cost) {
        return calls(TENANT, model, provider, key, outcome, reason, calls, in, out, cost);
    }

    @SafeVarargs
    private static UsageReport report(UsageLabels labels, List<UsageRow>... groups) {
        return UsageReport.aggregate(
                java.util.Arrays.stream(groups).flatMap(List::stream).toList(), NOV_1, NOV_1, PARIS, labels);
    }

    private static UsageTotals totals(
            long requests, long refused, Map<String, Long> reasons, long failed, long in, long out, String cost) {
        UsageTotals totals = new UsageTotals(requests, reasons, failed, in, out, new BigDecimal(cost));
        assertThat(totals.refused()).as("refused in all").isEqualTo(refused);
        return totals;
    }

    @Test
    @DisplayName("calls are summed per calendar day of the zone, with empty days at zero and exact totals")
    void dailySeries() {
        List<UsageRow> rows = List.of(
                row("2026-11-01T10:00:00Z", 100, 50, "0.000123"),
                row("2026-11-01T23:30:00Z", 10, 5, "0.000001"), // 00:30 on the 2nd in Paris
                row("2026-11-04T08:00:00Z", 1, 1, "0.100000"),
                row("2026-10-31T22:59:59Z", 999, 999, "9")); // 23:59:59 on Oct 31 in Paris: outside
        UsageReport report = UsageReport.aggregate(rows, NOV_1, LocalDate.parse("2026-11-04"), PARIS, UsageLabels.NONE);

        assertThat(report.days())
                .extracting(UsageReport.Day::date)
                .containsExactly(
                        NOV_1,
                        LocalDate.parse("2026-11-02"),
                        LocalDate.parse("2026-11-03"),
                        LocalDate.parse("2026-11-04"));
        assertThat(report.days().get(0).totals()).isEqualTo(totals(1, 0, Map.of(), 0, 100, 50, "0.000123"));
        assertThat(report.days().get(1).totals().requests()).isEqualTo(1);
        assertThat(report.days().get(2).totals()).isEqualTo(UsageTotals.ZERO);
        assertThat(report.days().get(3).totals().costEur()).isEqualByComparingTo("0.1");
        assertThat(report.totals()).isEqualTo(totals(3, 0, Map.of(), 0, 111, 56, "0.100124"));
        assertThat(report.byModel())
                .singleElement()
                .satisfies(m -> assertThat(m.totals()).isEqualTo(report.totals()));
        assertThat(report.zone()).isEqualTo("Europe/Paris");
    }

    @Test
    @DisplayName("a period without calls is all zeros, with empty breakdowns")
    void empty() {
        UsageReport report = UsageReport.aggregate(
                List.of(), LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-01"), PARIS, UsageLabels.NONE);
        assertThat(report.days()).hasSize(3);
        assertThat(report.totals()).isEqualTo(UsageTotals.ZERO);
        assertThat(report.byModel()).isEmpty();
        assertThat(report.byProvider()).isEmpty();
        assertThat(report.byApiKey()).isEmpty();
    }

    @Test
    @DisplayName("requests counts the calls served, a stream cut midway included; refusals (per reason) and "
            + "failures are counted apart, and only served calls bring tokens and EUR")
    void servedRefusedFailed() {
        UsageTotals totals = report(
                        UsageLabels.NONE,
                        group("m", "p", "k", Outcome.SUCCESS, null, 3, 30, 15, "0.030000"),
                        group("m", "p", "k", Outcome.INTERRUPTED, null, 1, 10, 2, "0.005000"),
                        group("m", null, "k", Outcome.REJECTED, "insufficient_quota", 3, 0, 0, "0"),
                        group("other", null, "k", Outcome.REJECTED, "model_not_found", 1, 0, 0, "0"),
                        group("m", null, "k", Outcome.REJECTED, null, 1, 0, 0, "0"),
                        group("m", "p", "k", Outcome.PROVIDER_ERROR, null, 2, 7, 7, "0.000700"))
                .totals();

        assertThat(totals)
                .isEqualTo(totals(
                        4,
                        5,
                        Map.of("insufficient_quota", 3L, "model_not_found", 1L, UsageTotals.UNKNOWN_REASON, 1L),
                        2,
                        40,
                        17,
                        "0.035000"));
        assertThat(totals.refusedByReason().keySet())
                .as("reasons in a stable order")
                .containsExactly("insufficient_quota", "model_not_found", "unknown");
        assertThat(totals.calls()).isEqualTo(11);
    }

    @Test
    @DisplayName("refusals are counted per reason on each day too")
    void reasonsPerDay() {
        List<UsageRow> rows = List.of(
                row("2026-11-01T10:00:00Z", 10, 5, "0.01"),
                row("2026-11-01T10:02:00Z", 0, 0, "0", Outcome.REJECTED, "insufficient_quota"),
                row("2026-11-01T10:03:00Z", 0, 0, "0", Outcome.REJECTED, "insufficient_quota"),
                row("2026-11-01T10:04:00Z", 0, 0, "0", Outcome.PROVIDER_ERROR, null));
        UsageReport report = UsageReport.aggregate(rows, NOV_1, NOV_1, PARIS, UsageLabels.NONE);
        assertThat(report.days().get(0).totals())
                .isEqualTo(totals(1, 2, Map.of("insufficient_quota", 2L), 1, 10, 5, "0.010000"));
    }

    @Test
    @DisplayName("by model, by provider and by key: each breakdown adds up to the totals, largest cost first, and "
            + "refusals without a provider have an entry of their own")
    void breakdowns() {
        UsageLabels labels = new UsageLabels(
                Map.of("openai", "OpenAI", "ollama", "Ollama"),
                Map.of(
                        new UsageLabels.KeyId(TENANT, "k1"), new UsageLabels.Key("CI pipeline", "gk_live_AbCd…wxyz"),
                        new UsageLabels.KeyId(TENANT, "k2"), new UsageLabels.Key("Batch", "gk_live_EfGh…1234")));
        UsageReport report = report(
                labels,
                group("small", "openai", "k1", Outcome.SUCCESS, null, 5, 50, 25, "0.000500"),
                group("large", "openai", "k1", Outcome.SUCCESS, null, 1, 10, 10, "0.010000"),
                group("large", "ollama", "k2", Outcome.SUCCESS, null, 2, 20, 20, "0"),
                group("small", null, "k2", Outcome.REJECTED, "insufficient_quota", 3, 0, 0, "0"),
                group("large", "ollama", "k1", Outcome.PROVIDER_ERROR, null, 1, 0, 0, "0"));

        assertThat(report.byModel()).extracting(UsageReport.ModelUsage::model).containsExactly("large", "small");
        assertThat(report.byModel().get(0).totals()).isEqualTo(totals(3, 0, Map.of(), 1, 30, 30, "0.010000"));
        assertThat(report.byModel().get(1).totals())
                .isEqualTo(totals(5, 3, Map.of("insufficient_quota", 3L), 0, 50, 25, "0.000500"));

        assertThat(report.byProvider())
                .extracting(UsageReport.ProviderUsage::providerId, UsageReport.ProviderUsage::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("openai", "OpenAI"),
                        org.assertj.core.groups.Tuple.tuple("ollama", "Ollama"),
                        org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(report.byProvider().get(2).totals().refused()).isEqualTo(3);

        assertThat(report.byApiKey())
                .extracting(UsageReport.KeyUsage::apiKeyId, UsageReport.KeyUsage::name, UsageReport.KeyUsage::masked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("k1", "CI pipeline", "gk_live_AbCd…wxyz"),
                        org.assertj.core.groups.Tuple.tuple("k2", "Batch", "gk_live_EfGh…1234"));

        assertAddsUp(
                report,
                r -> r.byModel().stream().map(UsageReport.ModelUsage::totals).toList());
        assertAddsUp(
                report,
                r -> r.byProvider().stream()
                        .map(UsageReport.ProviderUsage::totals)
                        .toList());
        assertAddsUp(
                report,
                r -> r.byApiKey().stream().map(UsageReport.KeyUsage::totals).toList());
    }

    @Test
    @DisplayName("a key is named only within its own tenant, and an unknown provider or key is shown by id")
    void labelsStayInTheirTenant() {
        UsageLabels labels = new UsageLabels(
                Map.of(),
                Map.of(new UsageLabels.KeyId("tenant-b", "k1"), new UsageLabels.Key("B's key", "gk_live_BBBB…bbbb")));
        UsageReport report = report(
                labels,
                group("m", "gone", "k1", Outcome.SUCCESS, null, 1, 1, 1, "0"),
                group("m", "gone", "k2", Outcome.SUCCESS, null, 1, 1, 1, "0"));

        assertThat(report.byApiKey()).allSatisfy(k -> {
            assertThat(k.tenantId()).isEqualTo(TENANT);
            assertThat(k.name()).isNull();
            assertThat(k.masked()).isNull();
        });
        assertThat(report.byProvider()).singleElement().satisfies(p -> {
            assertThat(p.providerId()).isEqualTo("gone");
            assertThat(p.name()).isNull();
        });
    }

    @Test
    @DisplayName("for all tenants, the same key id under two tenants is two entries, never summed together")
    void keysPerTenant() {
        UsageReport report = report(
                UsageLabels.NONE,
                calls("a", "m", "p", "k", Outcome.SUCCESS, null, 2, 2, 2, "0.000002"),
                calls("b", "m", "p", "k", Outcome.SUCCESS, null, 1, 1, 1, "0.000001"));
        assertThat(report.byApiKey()).extracting(UsageReport.KeyUsage::tenantId).containsExactly("a", "b");
        assertThat(report.byModel())
                .singleElement()
                .satisfies(m -> assertThat(m.totals().requests()).isEqualTo(3));
    }

    @Test
    @DisplayName("calls made without a key have an entry of their own, after the keys of equal totals")
    void withoutKey() {
        UsageReport report = report(
                UsageLabels.NONE,
                group("m", "p", null, Outcome.SUCCESS, null, 1, 1, 1, "0.000001"),
                group("m", "p", "k1", Outcome.SUCCESS, null, 1, 1, 1, "0.000001"));
        assertThat(report.byApiKey()).extracting(UsageReport.KeyUsage::apiKeyId).containsExactly("k1", null);
        assertAddsUp(
                report,
                r -> r.byApiKey().stream().map(UsageReport.KeyUsage::totals).toList());
    }

    private static void assertAddsUp(UsageReport report, Function<UsageReport, List<UsageTotals>> breakdown) {
        UsageTally sum = new UsageTally();
        for (UsageTotals t : breakdown.apply(report)) {
            sum.add(Outcome.SUCCESS, null, t.requests(), t.inputTokens(), t.outputTokens(), t.costEur());
            t.refusedByReason().forEach((reason, n) -> sum.add(Outcome.REJECTED, reason, n, 0, 0, BigDecimal.ZERO));
            sum.add(Outcome.PROVIDER_ERROR, null, t.failed(), 0, 0, BigDecimal.ZERO);
        }
        assertThat(sum.totals()).isEqualTo(report.totals());
    }
}
