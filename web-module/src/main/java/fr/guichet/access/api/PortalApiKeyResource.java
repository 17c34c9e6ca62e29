package fr.guichet.access.api;

import fr.guichet.access.service.ApiKeyService;
import fr.guichet.access.service.NewApiKey;
import fr.guichet.access.service.RotatedApiKey;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant admin manages the API keys of their own tenant, taken from the session; members are refused.
 * Nothing here reaches another tenant: a key id of another tenant is not found.
 */
@Path("portal/api-keys")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: API keys")
@SecurityRequirement(name = "portalSession")
@APIResponse(responseCode = "403", description = "Not a tenant admin, or missing CSRF token")
public class PortalApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            summary = "Create an API key",
            description = "The secret is in the answer, once; only a keyed hash " + "of it is kept.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = NewApiKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    public Response create(CreateApiKeyRequest body) {
        caller.requireTenantAdmin();
        validator.valid(body);
        NewApiKey created = keys.create(
                caller.tenantId(),
                body.name(),
                body.expiresAt(),
                body.allowedModels(),
                body.requestsPerMinute(),
                caller.user().id());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.key().id()).build())
                .entity(NewApiKeyResponse.of(created))
                .build();
    }

    @GET
    @Operation(summary = "List the tenant's API keys", description = "Newest first, masked, whatever their status.")
    @APIResponse(
            responseCode = "200",
            description = "A page of keys",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.Page.class)))
    public PageResponse<ApiKeyResponse> list(@BeanParam PageParams page) {
        caller.requireTenantAdmin();
        return PageResponse.of(keys.list(caller.tenantId(), page.toRequest()), ApiKeyResponse::of);
    }

    @GET
    @Path("{keyId}")
    @Operation(summary = "Read an API key of the tenant", description = "Masked.")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such key in this tenant")
    public ApiKeyResponse get(@PathParam("keyId") String keyId) {
        caller.requireTenantAdmin();
        return ApiKeyResponse.of(keys.get(caller.tenantId(), keyId));
    }

    @DELETE
    @Path("{keyId}")
    @Operation(
            summary = "Revoke an API key",
            description =
                    "The key stops working at once; revoking again " + "changes nothing. The revoked key stays listed.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked key",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such key in this tenant")
    public ApiKeyResponse revoke(@PathParam("keyId") String keyId) {
        caller.requireTenantAdmin();
        return ApiKeyResponse.of(
                keys.revoke(caller.tenantId(), keyId, "user:" + caller.user().email()));
    }

    @POST
    @Path("{keyId}/rotate")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Rotate an API key",
            description = "Creates a key with the same name, expiry and models, "
                    + "whose secret is in the answer, once; the old key keeps working for the rotation grace (24 h by "
                    + "default).")
    @APIResponse(
            responseCode = "201",
            description = "The new key and its secret, and the old key",
            content = @Content(schema = @Schema(implementation = RotatedApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such key in this tenant")
    @APIResponse(responseCode = "409", description = "The key is not active (revoked, expired or already rotated)")
    public Response rotate(@PathParam("keyId") String keyId) {
        caller.requireTenantAdmin();
        RotatedApiKey rotated = keys.rotate(
                caller.tenantId(),
                keyId,
                caller.user().id(),
                "user:" + caller.user().email());
        return Response.created(uri.getBaseUriBuilder()
                        .path("portal/api-keys")
                        .path(rotated.replacement().key().id())
                        .build())
                .entity(RotatedApiKeyResponse.of(rotated))
                .build();
    }
}
