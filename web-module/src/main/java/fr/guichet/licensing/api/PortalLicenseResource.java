package fr.guichet.licensing.api;

import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.licensing.service.LicenseGrants;
import fr.guichet.licensing.service.TenantLicenseView;
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

/** A tenant's licensed access and activated keys: its own ({@code /api/portal/license}). */
@Path("portal/license")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licenses")
@SecurityRequirement(name = "portalSession")
public class PortalLicenseResource {

    @Inject
    LicenseGrants grants;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "Your tenant's licensed access",
            description =
                    "The plan and end of the access in force " + "(absent: none), and every key your tenant activated.")
    @APIResponse(
            responseCode = "200",
            description = "The access and activations",
            content = @Content(schema = @Schema(implementation = TenantLicenseView.class)))
    public TenantLicenseView get() {
        return grants.ofTenant(caller.tenantId());
    }

    /** {@code GET /api/admin/tenants/{id}/license}: any tenant's, for operators. */
    @Path("admin/tenants/{id}/license")
    @OperatorOnly
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Admin: licenses")
    @SecurityRequirement(name = "operatorBasic")
    public static class Admin {

        @Inject
        LicenseGrants grants;

        @GET
        @Operation(
                summary = "A tenant's licensed access",
                description = "The access in force and the keys the " + "tenant activated.")
        @APIResponse(
                responseCode = "200",
                description = "The access and activations",
                content = @Content(schema = @Schema(implementation = TenantLicenseView.class)))
        @APIResponse(responseCode = "404", description = "No such tenant")
        public TenantLicenseView get(@PathParam("id") String tenantId) {
            return grants.ofTenant(tenantId);
        }
    }
}
