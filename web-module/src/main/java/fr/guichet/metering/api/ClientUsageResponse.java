package fr.guichet.metering.api;

import fr.guichet.metering.repository.ClientUsageQueries.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One client with its usage of this month, from the usage rollups. */
@Schema(name = "ClientUsage", description = "A client and its usage of this month (in the operator's zone)")
public record ClientUsageResponse(
        String tenantId,
        String name,
        String slug,
        @Schema(example = "active") String status,

        @Schema(description = "Its plan's name; null without a plan")
        String plan,

        @Schema(description = "Calls served this month") long requests,

        @Schema(description = "Tokens of the calls served this month")
        long tokens,

        @Schema(description = "Their cost in EUR, 6 decimals", example = "12.345600")
        BigDecimal costEur,

        @Schema(
                description = "The largest of tokens, requests and spend against the plan's monthly limits, in "
                        + "percent; null when the plan sets none",
                example = "83.5")
        BigDecimal quotaPercent,

        @Schema(description = "Its latest call this month or last month; null when none")
        Instant lastActivity) {

    static ClientUsageResponse of(Row row) {
        return new ClientUsageResponse(
                row.tenantId(),
                row.name(),
                row.slug(),
                row.status().toLowerCase(java.util.Locale.ROOT),
                row.plan(),
                row.served(),
                row.tokens(),
                row.cost(),
                row.quotaShare(),
                row.lastAt());
    }

    /** For the OpenAPI document: the page's shape with its items typed. */
    @Schema(name = "ClientUsagePage")
    public record Page(List<ClientUsageResponse> items, int page, int size, long total, long totalPages) {}
}
