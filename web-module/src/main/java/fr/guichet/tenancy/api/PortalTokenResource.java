package fr.guichet.tenancy.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.api.security.SessionOnly;
import fr.guichet.tenancy.api.security.CurrentCaller;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.service.NewPortalToken;
import fr.guichet.tenancy.service.PortalTokens;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A portal user's personal access tokens, for calling {@code /api/portal} from their own systems. Each user manages
 * their own; the tenant's admins see and revoke every token of the tenant. Tokens are created from a signed-in
 * session only: a token never makes another.
 */
@Path("portal/tokens")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: access tokens")
@SecurityRequirement(name = "portalSession")
public class PortalTokenResource {

    @Inject
    PortalTokens tokens;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            summary = "Create a personal access token",
            description = "The secret is in the answer, once; only a hash of it is kept. Signed-in sessions only.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TokenResponse.Created.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Called with a token, or missing CSRF token")
    @APIResponse(responseCode = "409", description = "The user has 20 tokens that still work")
    @Extension(name = SessionOnly.EXTENSION, value = "true")
    public Response create(CreateTokenRequest body) {
        caller.requireSession();
        validator.valid(body);
        NewPortalToken created = tokens.create(
                caller.tenantId(), caller.user().id(), body.name(), body.scope(), body.days(), caller.actorName());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.token().id()).build())
                .entity(new TokenResponse.Created(TokenResponse.of(created.token()), created.secret()))
                .build();
    }

    @GET
    @Operation(
            summary = "List access tokens",
            description = "The caller's own; a tenant admin's list holds every token of the tenant. Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tokens",
            content = @Content(schema = @Schema(implementation = TokenResponse.Page.class)))
    public PageResponse<TokenResponse> list(@BeanParam PageParams page) {
        return PageResponse.of(
                tokens.list(caller.tenantId(), isAdmin() ? null : caller.user().id(), page.toRequest()),
                TokenResponse::of);
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(
            summary = "Revoke an access token",
            description = "It stops working at once; revoking again changes nothing. A user revokes their own "
                    + "tokens, an admin any of the tenant's.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "403", description = "A read-only token, or missing CSRF token")
    @APIResponse(responseCode = "404", description = "No such token for this caller")
    public TokenResponse revoke(@PathParam("tokenId") String tokenId) {
        return TokenResponse.of(
                tokens.revoke(caller.tenantId(), caller.user().id(), isAdmin(), tokenId, caller.actorName()));
    }

    private boolean isAdmin() {
        return caller.user().role() == Role.TENANT_ADMIN;
    }
}
