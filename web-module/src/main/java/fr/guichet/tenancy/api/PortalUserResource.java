package fr.guichet.tenancy.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.tenancy.api.security.CurrentCaller;
import fr.guichet.tenancy.service.NewUser;
import fr.guichet.tenancy.service.PasswordLinks;
import fr.guichet.tenancy.service.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/** A tenant admin manages the users of their own tenant; nothing here reaches another tenant. */
@Path("portal/users")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: users")
@SecurityRequirement(name = "portalSession")
@APIResponse(responseCode = "403", description = "Not a tenant admin, or missing CSRF token")
public class PortalUserResource {

    @Inject
    UserService users;

    @Inject
    CurrentCaller caller;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List the tenant's users", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of users",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    public PageResponse<UserResponse> list(@BeanParam PageParams page) {
        caller.requireTenantAdmin();
        return PageResponse.of(users.list(caller.tenantId(), page.toRequest()), UserResponse::of);
    }

    @POST
    @Operation(
            summary = "Invite a user",
            description = "Creates the user and mails them a one-time link to choose a password.")
    @APIResponse(
            responseCode = "201",
            description = "Invited",
            content = @Content(schema = @Schema(implementation = NewUserResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "E-mail already used in this tenant")
    public Response invite(InviteUserRequest body) {
        caller.requireTenantAdmin();
        validator.valid(body);
        NewUser created = users.invite(caller.tenantId(), body.email(), body.displayName(), body.role());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.user().id()).build())
                .entity(new NewUserResponse(
                        UserResponse.of(created.user()), SetPasswordLinkResponse.mailedOnly(created.setPasswordLink())))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a user of the tenant")
    @APIResponse(
            responseCode = "200",
            description = "The user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user in this tenant")
    public UserResponse get(@PathParam("id") String id) {
        caller.requireTenantAdmin();
        return UserResponse.of(users.get(caller.tenantId(), id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            summary = "Change a user",
            description = "Display name, role (TENANT_ADMIN or MEMBER), enabled. "
                    + "The tenant keeps at least one enabled admin.")
    @APIResponse(
            responseCode = "200",
            description = "The changed user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user in this tenant")
    @APIResponse(responseCode = "409", description = "Would leave the tenant without an enabled admin")
    public UserResponse update(@PathParam("id") String id, UpdateUserRequest body) {
        caller.requireTenantAdmin();
        return UserResponse.of(
                users.update(caller.tenantId(), id, validator.valid(body).toChanges()));
    }

    @POST
    @Path("{id}/welcome")
    @Operation(
            summary = "Send a user a new welcome link",
            description = "When the first link expired or the mail went astray; earlier links keep working until"
                    + " a password is chosen.")
    @APIResponse(
            responseCode = "200",
            description = "Mailed",
            content = @Content(schema = @Schema(implementation = SetPasswordLinkResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user in this tenant")
    public SetPasswordLinkResponse welcomeAgain(@PathParam("id") String id) {
        caller.requireTenantAdmin();
        return SetPasswordLinkResponse.mailedOnly(passwordLinks.resendWelcome(caller.tenantId(), id));
    }

    /** For the OpenAPI document only: a page of users. */
    @Schema(name = "UserPage")
    record UserPage(java.util.List<UserResponse> items, int page, int size, long total, long totalPages) {}
}
