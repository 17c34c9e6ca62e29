package fr.guichet.limits.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.limits.service.AlertLog;
import fr.guichet.tenancy.api.security.CurrentCaller;
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

/** A tenant admin's view of the tenant's own alerts. */
@Path("portal/alerts")
@PortalSession
@SecurityRequirement(name = "portalSession")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: limits")
public class PortalAlertResource {

    @Inject
    AlertLog alerts;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "List the tenant's alerts", description = "Tenant admins only; newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of alerts",
            content = @Content(schema = @Schema(implementation = AlertResponse.Page.class)))
    @APIResponse(responseCode = "403", description = "Not a tenant admin")
    public PageResponse<AlertResponse> list(@QueryParam("kind") String kind, @BeanParam PageParams page) {
        caller.requireTenantAdmin();
        return PageResponse.of(alerts.search(caller.tenantId(), kind, page.toRequest()), AlertResponse::of);
    }
}
