package fr.guichet.dispatch.api;

import fr.guichet.common.api.security.PortalSession;
import fr.guichet.dispatch.service.ProviderService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The providers a tenant's users can use (enabled ones), without URLs or keys. */
@Path("portal/providers")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: providers")
@SecurityRequirement(name = "portalSession")
public class PortalProviderResource {

    @Inject
    ProviderService providers;

    @GET
    @Operation(
            summary = "List the providers in service",
            description = "Enabled providers, by name: id, name, "
                    + "kind. Set a key for one with PUT /api/portal/provider-keys/{providerId}.")
    @APIResponse(
            responseCode = "200",
            description = "The providers",
            content =
                    @Content(schema = @Schema(implementation = PortalProviderResponse.class, type = SchemaType.ARRAY)))
    public List<PortalProviderResponse> list() {
        return providers.listEnabled().stream().map(PortalProviderResponse::of).toList();
    }
}
