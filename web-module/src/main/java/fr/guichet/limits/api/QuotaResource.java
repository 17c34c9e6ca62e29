package fr.guichet.limits.api;

import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.limits.service.QuotaQueries;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's quota in the current period: its own (portal), any tenant's (operators). */
public final class QuotaResource {

    private QuotaResource() {}

    /** {@code GET /api/portal/quota}. */
    @Path("portal/quota")
    @PortalSession
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Portal: limits")
    @SecurityRequirement(name = "portalSession")
    public static class Portal {

        @Inject
        QuotaQueries quotas;

        @Inject
        CurrentCaller caller;

        @GET
        @Operation(summary = "The tenant's quota this month", description = "Counters against the plan's limits.")
        @APIResponse(
                responseCode = "200",
                description = "The quota",
                content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
        public QuotaResponse get() {
            return QuotaResponse.of(quotas.current(caller.tenantId()));
        }
    }

    /** {@code GET /api/admin/tenants/{id}/quota}. */
    @Path("admin/tenants/{id}/quota")
    @OperatorOnly
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Admin: limits")
    @SecurityRequirement(name = "operatorBasic")
    public static class Admin {

        @Inject
        QuotaQueries quotas;

        @GET
        @Operation(summary = "A tenant's quota this month", description = "Counters against the plan's limits.")
        @APIResponse(
                responseCode = "200",
                description = "The quota",
                content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
        @APIResponse(responseCode = "404", description = "No such tenant")
        public QuotaResponse get(@PathParam("id") String tenantId) {
            return QuotaResponse.of(quotas.current(tenantId));
        }
    }
}
