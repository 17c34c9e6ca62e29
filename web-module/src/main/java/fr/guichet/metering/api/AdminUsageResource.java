package fr.guichet.metering.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.metering.service.ClientUsage;
import fr.guichet.metering.service.UsageQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Usage for operators: one tenant or all of them. */
@Path("admin/usage")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: usage")
@SecurityRequirement(name = "operatorBasic")
public class AdminUsageResource {

    @Inject
    UsageQueries usage;

    @Inject
    ClientUsage clients;

    @GET
    @Operation(
            summary = "Usage of one tenant or of all",
            description = "Calls served, refused (by reason) and failed, with the tokens and EUR of those served: in "
                    + "total, by model, by provider and by API key, and per day in the operator's zone. Default "
                    + "period: the current month up to today.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = UsageReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad dates or a period over 366 days")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public UsageReportResponse report(
            @QueryParam("tenantId") @Parameter(description = "One tenant; all when absent") String tenantId,
            @QueryParam("from") @Parameter(description = "First day, ISO date", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (inclusive), ISO date", example = "2026-11-30")
                    String to) {
        return UsageReportResponse.of(usage.forOperator(tenantId, from, to));
    }

    @GET
    @Path("clients")
    @Operation(
            summary = "Every client with its usage of this month",
            description = "The console's client table: calls served, tokens and EUR of this month (operator's zone), "
                    + "share of the plan's quota and last activity, from the usage rollups (never a scan of the "
                    + "calls). Filtered by status and by a text in the name or slug; sorted by any column.")
    @APIResponse(
            responseCode = "200",
            description = "A page of clients",
            content = @Content(schema = @Schema(implementation = ClientUsageResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, sort or order, or bad paging")
    public PageResponse<ClientUsageResponse> clients(
            @QueryParam("status") @Parameter(description = "A status, e.g. active") String status,
            @QueryParam("q") @Parameter(description = "A text in the name or slug") String text,
            @QueryParam("sort")
                    @Parameter(description = "name, tokens, cost (default), requests, quota or last_activity")
                    String sort,
            @QueryParam("order") @Parameter(description = "asc or desc (default desc; asc by name)") String order,
            @BeanParam PageParams page) {
        return PageResponse.of(clients.page(status, text, sort, order, page.toRequest()), ClientUsageResponse::of);
    }
}
