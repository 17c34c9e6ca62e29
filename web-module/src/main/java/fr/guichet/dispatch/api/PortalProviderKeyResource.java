package fr.guichet.dispatch.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.service.ProviderKeyService;
import fr.guichet.dispatch.service.ProviderKeyView;
import fr.guichet.dispatch.service.ProviderService;
import fr.guichet.dispatch.service.ProviderView;
import fr.guichet.tenancy.api.security.CurrentCaller;
import fr.guichet.tenancy.service.UserView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Provider keys of the caller's tenant (set by its admins) and of the caller (any user), used before the
 * operator's global key. The tenant and the user always come from the session, never from the request.
 */
@Path("portal/provider-keys")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: provider keys")
@SecurityRequirement(name = "portalSession")
@APIResponse(
        responseCode = "403",
        description = "TENANT scope without being a tenant admin, GLOBAL scope, or missing CSRF token")
public class PortalProviderKeyResource {

    @Inject
    ProviderKeyService keys;

    @Inject
    ProviderService providers;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "List the tenant's keys and mine", description = "Masked; by provider, tenant key first.")
    @APIResponse(
            responseCode = "200",
            description = "The keys, masked",
            content = @Content(schema = @Schema(implementation = ProviderKeyResponse.class, type = SchemaType.ARRAY)))
    public List<ProviderKeyResponse> list() {
        UserView user = caller.user();
        return keys.visibleTo(caller.tenantId(), user.id()).stream()
                .map(this::response)
                .toList();
    }

    @PUT
    @Path("{providerId}")
    @Operation(
            summary = "Set a provider key",
            description = "PERSONAL (default): the caller's own key. TENANT: "
                    + "the key of the whole tenant, tenant admins only. Encrypted at rest; answered masked.")
    @APIResponse(
            responseCode = "200",
            description = "The key, masked",
            content = @Content(schema = @Schema(implementation = ProviderKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "Blank or malformed key, unknown scope")
    @APIResponse(responseCode = "404", description = "No such provider")
    public ProviderKeyResponse set(@PathParam("providerId") String providerId, SetProviderKeyRequest request) {
        validator.valid(request);
        KeyScope scope = allowedScope(request.scope());
        UserView user = caller.user();
        ProviderKeyView key = scope == KeyScope.TENANT
                ? keys.setForTenant(providerId, caller.tenantId(), request.apiKey(), caller.actorName())
                : keys.setPersonal(providerId, caller.tenantId(), user.id(), request.apiKey(), caller.actorName());
        return response(key);
    }

    @DELETE
    @Path("{providerId}")
    @Operation(
            summary = "Remove a provider key",
            description = "The caller's own (PERSONAL, default) or the " + "tenant's (TENANT, tenant admins only).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such key")
    public Response remove(
            @PathParam("providerId") String providerId,
            @QueryParam("scope") @Parameter(description = "PERSONAL (default) or TENANT") String scope) {
        KeyScope wanted = allowedScope(scope);
        keys.remove(providerId, wanted, caller.tenantId(), caller.user().id(), caller.actorName());
        return Response.noContent().build();
    }

    /** PERSONAL for anyone, TENANT for tenant admins; GLOBAL is the operators'. */
    private KeyScope allowedScope(String value) {
        KeyScope scope = KeyScope.parse(value, "scope", KeyScope.PERSONAL);
        if (scope == KeyScope.GLOBAL) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only operators manage global keys");
        }
        if (scope == KeyScope.TENANT) {
            caller.requireTenantAdmin();
        }
        return scope;
    }

    private ProviderKeyResponse response(ProviderKeyView key) {
        return ProviderKeyResponse.of(
                key, providers.find(key.providerId()).map(ProviderView::name).orElse(null));
    }
}
