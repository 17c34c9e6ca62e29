package fr.guichet.audit.api;

import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.OperatorOnly;
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

/** The audit log, for operators. */
@Path("admin/audit")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: audit")
@SecurityRequirement(name = "operatorBasic")
public class AdminAuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(
            summary = "Read the audit log",
            description = "Who did what, when and why; newest first. Filtered by client, action, actor (the start of"
                    + " it: operator: for every operator) and days in the operator's zone.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the log",
            content = @Content(schema = @Schema(implementation = AuditResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public PageResponse<AuditResponse> list(
            @QueryParam("tenantId") String tenantId,
            @QueryParam("action") @Parameter(description = "An action, e.g. tenant.status.changed") String action,
            @QueryParam("actor") @Parameter(description = "The start of the actor, e.g. operator:ann@") String actor,
            @QueryParam("from") @Parameter(description = "First day, ISO date", example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (inclusive), ISO date", example = "2026-11-30")
                    String to,
            @BeanParam PageParams page) {
        return PageResponse.of(
                audit.search(AuditFilter.parse(tenantId, action, actor, from, to), page.toRequest()),
                AuditResponse::of);
    }
}
