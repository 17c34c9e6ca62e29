package fr.guichet.metering.api;

import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.metering.service.UsageQueries;
import jakarta.inject.Inject;
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
}
