package fr.guichet.metering.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.repository.UsageRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageReportTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static UsageRow row(String instant, long in, long out, String cost) {
        return row(instant, in, out, cost, Outcome.SUCCESS);
    }

    private static UsageRow row(String instant, long in, long out, String cost, Outcome outcome) {
        return new UsageRow(Instant.parse(instant), in, out, new BigDecimal(cost), outcome);
    }

    @Test
    @DisplayName("calls are summed per calendar day of the zone, with empty days at zero and exact totals")
    void dailySeries() {
        List<UsageRow> rows = List.of(
                row("2026-11-01T10:00:00Z", 100, 50, "0.000123"),
                row("2026-11-01T23:30:00Z", 10, 5, "0.000001"), // 00:30 on the 2nd in Paris
                row("2026-11-03T08:00:00Z", 1, 1, "0.100000"),
                row("2026-10-31T22:59:59Z", 999, 999, "9")); // 23:59:59 on Oct 31 in Paris: outside
        UsageReport report =
                UsageReport.aggregate(rows, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-03"), PARIS);

        assertThat(report.days())
                .extracting(UsageReport.Day::date)
                .containsExactly(
                        LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-03"));
        assertThat(report.days().get(0).totals())
                .isEqualTo(new UsageTotals(1, 0, 0, 100, 50, new BigDecimal("0.000123")));
        assertThat(report.days().get(1).totals().requests()).isEqualTo(1);
        assertThat(report.days().get(2).totals().costEur()).isEqualByComparingTo("0.1");
        assertThat(report.totals().requests()).isEqualTo(3);
        assertThat(report.totals().inputTokens()).isEqualTo(111);
        assertThat(report.totals().costEur()).isEqualByComparingTo("0.100124");
        assertThat(report.zone()).isEqualTo("Europe/Paris");
    }

    @Test
    @DisplayName("a period without calls is all zeros")
    void empty() {
        UsageReport report =
                UsageReport.aggregate(List.of(), LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-01"), PARIS);
        assertThat(report.days()).hasSize(3);
        assertThat(report.totals()).isEqualTo(UsageTotals.ZERO);
    }

    @Test
    @DisplayName("requests counts the calls served, a stream cut midway included; refusals and failures are "
            + "counted apart")
    void servedRefusedFailed() {
        List<UsageRow> rows = List.of(
                row("2026-11-01T10:00:00Z", 10, 5, "0.01"),
                row("2026-11-01T10:01:00Z", 10, 2, "0.005", Outcome.INTERRUPTED),
                row("2026-11-01T10:02:00Z", 0, 0, "0", Outcome.REJECTED),
                row("2026-11-01T10:03:00Z", 0, 0, "0", Outcome.REJECTED),
                row("2026-11-01T10:04:00Z", 0, 0, "0", Outcome.PROVIDER_ERROR));
        UsageReport report =
                UsageReport.aggregate(rows, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"), PARIS);
        assertThat(report.totals()).isEqualTo(new UsageTotals(2, 2, 1, 20, 7, new BigDecimal("0.015000")));
    }
}
