package fr.guichet.metering.api;

import fr.guichet.common.api.security.PortalSession;
import fr.guichet.metering.service.UsageExplorer;
import fr.guichet.metering.service.UsageQueries;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's own usage: any signed-in user of the tenant. */
@Path("portal/usage")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: usage")
@SecurityRequirement(name = "portalSession")
public class PortalUsageResource {

    @Inject
    UsageQueries usage;

    @Inject
    CurrentCaller caller;

    @Inject
    UsageExplorer explorer;

    @GET
    @Operation(
            summary = "The tenant's usage",
            description = "Calls served, refused (by reason) and failed, with the tokens and EUR of those served: in "
                    + "total, by model, by provider and by the tenant's API keys, and per day in the tenant's time "
                    + "zone. Default period: the current month up to today.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = UsageReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad dates or a period over 366 days")
    public UsageReportResponse report(
            @QueryParam("from") @Parameter(description = "First day, ISO date", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (inclusive), ISO date", example = "2026-11-30")
                    String to) {
        return UsageReportResponse.of(usage.forTenant(caller.tenantId(), from, to));
    }

    /** What the tenant used since it became a client. */
    @Schema(name = "UsageAllTime")
    public record AllTime(
            @Schema(description = "Calls served") long requests,
            @Schema(description = "Input and output tokens") long tokens,
            @Schema(description = "EUR, excluding VAT") java.math.BigDecimal costEur) {}

    @GET
    @Path("total")
    @Operation(
            summary = "The tenant's usage since it became a client",
            description = "Calls served, tokens and cost, from the monthly rollups (kept whatever the retention).")
    @APIResponse(
            responseCode = "200",
            description = "The sums",
            content = @Content(schema = @Schema(implementation = AllTime.class)))
    public AllTime total() {
        var sums = explorer.allTime(caller.tenantId());
        return new AllTime(sums.served(), sums.inputTokens() + sums.outputTokens(), sums.costEur());
    }

    @GET
    @Path("csv")
    @Produces({"text/csv", "application/problem+json"})
    @Operation(
            summary = "The tenant's usage as CSV",
            description = "One line per day, model, provider and API key (RFC 4180, a header line, EUR with a dot), "
                    + "from the daily rollups. Default period: the current month up to today; at most 366 days.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "Bad dates or a period over 366 days")
    public Response csv(
            @QueryParam("from") @Parameter(description = "First day, ISO date", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (inclusive), ISO date", example = "2026-11-30")
                    String to) {
        UsageExplorer.Filter filter = explorer.tenantFilter(caller.tenantId(), from, to);
        // Streamed as it is read: a year of a large client's lines is never held whole in memory.
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            explorer.csv(filter, writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"guichet-usage-" + filter.from() + "-" + filter.to() + ".csv\"")
                .build();
    }
}
