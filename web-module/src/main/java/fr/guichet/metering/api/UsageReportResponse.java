package fr.guichet.metering.api;

import fr.guichet.metering.service.UsageReport;
import fr.guichet.metering.service.UsageTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Usage over a period: totals and one entry per calendar day (in {@code zone}). */
@Schema(name = "UsageReport")
public record UsageReportResponse(
        LocalDate from,
        LocalDate to,
        @Schema(example = "Europe/Paris") String zone,
        Totals totals,
        List<Day> days) {

    /** Calls, tokens and cost in EUR (6 decimals). */
    @Schema(name = "UsageTotals")
    public record Totals(
            long requests,
            long inputTokens,
            long outputTokens,
            @Schema(example = "0.012345") BigDecimal costEur) {
        static Totals of(UsageTotals t) {
            return new Totals(t.requests(), t.inputTokens(), t.outputTokens(), t.costEur());
        }
    }

    /** One day of the period. */
    @Schema(name = "UsageDay")
    public record Day(LocalDate date, Totals totals) {}

    static UsageReportResponse of(UsageReport r) {
        return new UsageReportResponse(
                r.from(),
                r.to(),
                r.zone(),
                Totals.of(r.totals()),
                r.days().stream()
                        .map(d -> new Day(d.date(), Totals.of(d.totals())))
                        .toList());
    }
}
