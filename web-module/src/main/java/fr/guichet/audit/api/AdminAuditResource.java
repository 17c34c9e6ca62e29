package fr.guichet.audit.api;

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
    @Operation(summary = "Read the audit log", description = "Who did what, when and why; newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the log",
            content = @Content(schema = @Schema(implementation = AuditResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging")
    public PageResponse<AuditResponse> list(
            @QueryParam("tenantId") String tenantId, @QueryParam("action") String action, @BeanParam PageParams page) {
        return PageResponse.of(audit.search(tenantId, action, page.toRequest()), AuditResponse::of);
    }
}
