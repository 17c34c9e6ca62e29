package fr.guichet.limits.api;

import fr.guichet.limits.service.QuotaStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's monthly counters against its plan's limits (absent limit: unlimited). */
@Schema(name = "Quota")
public record QuotaResponse(
        @Schema(description = "Calendar month in the tenant's time zone", example = "2026-11")
        String period,

        @Schema(example = "Europe/Paris") String timeZone,

        @Schema(description = "When the counters start again from zero")
        Instant resetsAt,

        @Schema(description = "Requests this period, including calls running now")
        long requests,

        Long requestLimit,

        @Schema(description = "Tokens this period; running calls count what they reserved")
        long tokens,

        Long tokenLimit,
        @Schema(example = "12.345678") BigDecimal costEur,
        BigDecimal spendCapEur) {

    static QuotaResponse of(QuotaStatus q) {
        return new QuotaResponse(
                q.period(),
                q.timeZone(),
                q.resetsAt(),
                q.requests(),
                q.requestLimit(),
                q.tokens(),
                q.tokenLimit(),
                q.costEur(),
                q.spendCapEur());
    }
}
