package fr.guichet.dispatch.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.Actor;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.service.ProviderKeyService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operators' global key of a provider: the key used when neither the caller nor their tenant set one.
 * Only operators see (masked) or change global keys.
 */
@Path("admin/providers/{id}/key")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: providers")
@SecurityRequirement(name = "operatorBasic")
@APIResponse(responseCode = "404", description = "No such provider (or, on DELETE, no global key)")
public class AdminProviderKeyResource {

    @Inject
    Actor actor;

    @Inject
    ProviderKeyService keys;

    @Inject
    RequestValidator validator;

    @PUT
    @Operation(
            summary = "Set a provider's global key",
            description = "Encrypted at rest under the current master "
                    + "key (replacing any previous global key); the answer shows it masked only.")
    @APIResponse(
            responseCode = "200",
            description = "The key, masked",
            content = @Content(schema = @Schema(implementation = GlobalKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank, too long, or containing spaces")
    public GlobalKeyResponse set(@PathParam("id") String providerId, SetApiKeyRequest request) {
        return GlobalKeyResponse.of(
                keys.setGlobal(providerId, validator.valid(request).apiKey(), actor.actorName()));
    }

    @DELETE
    @Operation(summary = "Remove a provider's global key")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String providerId) {
        keys.remove(providerId, KeyScope.GLOBAL, null, null, actor.actorName());
        return Response.noContent().build();
    }
}
