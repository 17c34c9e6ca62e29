package fr.guichet.access.api;

import fr.guichet.access.service.ApiKeyService;
import fr.guichet.access.service.NewApiKey;
import fr.guichet.access.service.RotatedApiKey;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.ReasonRequest;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operators' API on a tenant's client API keys. A key id of another tenant is not found. */
@Path("admin/tenants/{id}/api-keys")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: API keys")
@SecurityRequirement(name = "operatorBasic")
@APIResponse(responseCode = "404", description = "No such tenant, or no such key in this tenant")
public class AdminApiKeyResource {

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
            summary = "Create an API key for the tenant",
            description = "The secret is in the answer, once; only a keyed hash of it is kept.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = NewApiKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    public Response create(
            @PathParam("id") @Parameter(description = "The tenant's id") String tenantId, CreateApiKeyRequest body) {
        validator.valid(body);
        NewApiKey created = keys.create(
                tenantId,
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
    @APIResponse(responseCode = "400", description = "Bad paging")
    public PageResponse<ApiKeyResponse> list(
            @PathParam("id") @Parameter(description = "The tenant's id") String tenantId, @BeanParam PageParams page) {
        return PageResponse.of(keys.list(tenantId, page.toRequest()), ApiKeyResponse::of);
    }

    @GET
    @Path("{keyId}")
    @Operation(summary = "Read an API key of the tenant", description = "Masked.")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public ApiKeyResponse get(
            @PathParam("id") @Parameter(description = "The tenant's id") String tenantId,
            @PathParam("keyId") String keyId) {
        return ApiKeyResponse.of(keys.get(tenantId, keyId));
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
    public ApiKeyResponse revoke(
            @PathParam("id") @Parameter(description = "The tenant's id") String tenantId,
            @PathParam("keyId") String keyId) {
        return ApiKeyResponse.of(
                keys.revoke(tenantId, keyId, "operator:" + caller.user().email()));
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
    @APIResponse(responseCode = "409", description = "The key is not active (revoked, expired or already rotated)")
    public Response rotate(
            @PathParam("id") @Parameter(description = "The tenant's id") String tenantId,
            @PathParam("keyId") String keyId) {
        RotatedApiKey rotated = keys.rotate(
                tenantId, keyId, caller.user().id(), "operator:" + caller.user().email());
        return Response.created(uri.getBaseUriBuilder()
                        .path("admin/tenants")
                        .path(tenantId)
                        .path("api-keys")
                        .path(rotated.replacement().key().id())
                        .build())
                .entity(RotatedApiKeyResponse.of(rotated))
                .build();
    }

    @POST
    @Path("{keyId}/reinstate")
    @Operation(
            summary = "Reinstate a suspended API key",
            description = "Lifts a suspension (automatic, for abuse, "
                    + "or an operator's); the reason is written to the audit log. The key works again from its next call "
                    + "on this server, within the key cache period (30 s) on the others.")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "409", description = "The key is not suspended")
    public ApiKeyResponse reinstate(
            @PathParam("id") @Parameter(description = "The tenant's id") String tenantId,
            @PathParam("keyId") String keyId,
            ReasonRequest body) {
        validator.valid(body);
        return ApiKeyResponse.of(
                keys.reinstate(tenantId, keyId, "operator:" + caller.user().email(), body.reason()));
    }
}
