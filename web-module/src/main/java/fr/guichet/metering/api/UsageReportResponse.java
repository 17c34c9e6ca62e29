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

    /** Calls served, refused and failed; tokens and cost in EUR (6 decimals). */
    @Schema(name = "UsageTotals")
    public record Totals(
            @Schema(
                    description = "Calls served (answered in full, or a stream cut after part of the answer): what "
                            + "the monthly request quota counts")
            long requests,

            @Schema(
                    description = "Calls refused by Guichet before any provider was called (unknown model, quota "
                            + "used up); rate-limit refusals are not recorded")
            long refused,

            @Schema(description = "Calls no provider of the chain could answer (not counted against the quota)")
            long failed,

            long inputTokens,
            long outputTokens,
            @Schema(example = "0.012345") BigDecimal costEur) {
        static Totals of(UsageTotals t) {
            return new Totals(t.requests(), t.refused(), t.failed(), t.inputTokens(), t.outputTokens(), t.costEur());
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
