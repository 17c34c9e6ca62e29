package fr.guichet.metering.api;

import fr.guichet.metering.service.UsageReport;
import fr.guichet.metering.service.UsageTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Usage over a period: what was served, refused and failed, in total, by model, by provider and by API key (each
 * breakdown adds up to the totals), and one entry per calendar day (in {@code zone}).
 */
@Schema(
        name = "UsageReport",
        description = "Usage over a period of calendar days. The breakdowns list the largest cost first; each of "
                + "them, and the days, add up to the totals.")
public record UsageReportResponse(
        LocalDate from,
        LocalDate to,
        @Schema(example = "Europe/Paris") String zone,
        Totals totals,

        @Schema(description = "By model: the model asked for (refused calls) or that answered")
        List<ModelUsage> byModel,

        @Schema(description = "By provider") List<ProviderUsage> byProvider,

        @Schema(description = "By API key; a tenant's report shows its own keys only")
        List<KeyUsage> byApiKey,

        @Schema(description = "One entry per day of the period, days without calls at zero")
        List<Day> days) {

    /** Calls served, refused (by reason) and failed; tokens and cost in EUR (6 decimals) of the calls served. */
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

            @Schema(
                    description = "The refused calls per reason: the error code in lower case, as /v1 answers it "
                            + "(insufficient_quota, model_not_found…); 'unknown' for refusals recorded before "
                            + "reasons were",
                    example = "{\"insufficient_quota\": 3}")
            Map<String, Long> refusedByReason,

            @Schema(description = "Calls no provider of the chain could answer (not counted against the quota)")
            long failed,

            @Schema(description = "Prompt tokens of the calls served")
            long inputTokens,

            @Schema(description = "Completion tokens of the calls served")
            long outputTokens,

            @Schema(
                    description = "What the calls served cost, in EUR, at the prices in force when each was made",
                    example = "0.012345")
            BigDecimal costEur) {
        static Totals of(UsageTotals t) {
            return new Totals(
                    t.requests(),
                    t.refused(),
                    t.refusedByReason(),
                    t.failed(),
                    t.inputTokens(),
                    t.outputTokens(),
                    t.costEur());
        }
    }

    /** The calls of one model. */
    @Schema(name = "UsageByModel")
    public record ModelUsage(
            @Schema(example = "gpt-4o-mini") String model, Totals totals) {}

    /** The calls of one provider. */
    @Schema(name = "UsageByProvider")
    public record ProviderUsage(
            @Schema(description = "Absent for the calls refused before a provider was chosen")
            String providerId,

            @Schema(description = "Absent when the provider was deleted since", example = "OpenAI")
            String name,

            Totals totals) {}

    /** The calls made with one API key. */
    @Schema(name = "UsageByApiKey")
    public record KeyUsage(
            @Schema(description = "Absent for calls made without a key")
            String apiKeyId,

            @Schema(description = "The key's tenant") String tenantId,

            @Schema(description = "Absent when the key was deleted since", example = "CI pipeline")
            String name,

            @Schema(description = "The key with its middle hidden", example = "gk_live_AbCd…wxyz")
            String masked,

            Totals totals) {}

    /** One day of the period. */
    @Schema(name = "UsageDay")
    public record Day(LocalDate date, Totals totals) {}

    static UsageReportResponse of(UsageReport r) {
        return new UsageReportResponse(
                r.from(),
                r.to(),
                r.zone(),
                Totals.of(r.totals()),
                r.byModel().stream()
                        .map(m -> new ModelUsage(m.model(), Totals.of(m.totals())))
                        .toList(),
                r.byProvider().stream()
                        .map(p -> new ProviderUsage(p.providerId(), p.name(), Totals.of(p.totals())))
                        .toList(),
                r.byApiKey().stream()
                        .map(k -> new KeyUsage(k.apiKeyId(), k.tenantId(), k.name(), k.masked(), Totals.of(k.totals())))
                        .toList(),
                r.days().stream()
                        .map(d -> new Day(d.date(), Totals.of(d.totals())))
                        .toList());
    }
}
