package fr.guichet.limits.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.limits.service.AlertLog;
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

/** The operators' view of every tenant's alerts. */
@Path("admin/alerts")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: limits")
@SecurityRequirement(name = "operatorBasic")
public class AdminAlertResource {

    @Inject
    AlertLog alerts;

    @GET
    @Operation(
            summary = "List alerts",
            description =
                    "Quota thresholds (80 %, 100 %, once per period) and keys " + "suspended for abuse, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of alerts",
            content = @Content(schema = @Schema(implementation = AlertResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public PageResponse<AlertResponse> list(
            @QueryParam("tenantId") @Parameter(description = "Only this tenant's") String tenantId,
            @QueryParam("kind") @Parameter(description = "quota_80, quota_100 or key_suspended") String kind,
            @BeanParam PageParams page) {
        return PageResponse.of(alerts.search(tenantId, kind, page.toRequest()), AlertResponse::of);
    }
}
