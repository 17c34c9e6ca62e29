package fr.guichet.tenancy.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.tenancy.api.security.CurrentCaller;
import fr.guichet.tenancy.service.PasswordLinks;
import fr.guichet.tenancy.service.TenantCreated;
import fr.guichet.tenancy.service.TenantService;
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
import jakarta.ws.rs.QueryParam;
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

/** The operators' API on tenants: open, list, read, change. */
@Path("admin/tenants")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: tenants")
@SecurityRequirement(name = "operatorBasic")
public class AdminTenantResource {

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    RequestValidator validator;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            summary = "Open a tenant",
            description = "Creates the tenant in trial and its first tenant admin, who is mailed a one-time link"
                    + " to choose a password (also in the answer, once, for handing over otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TenantCreatedResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "Slug already in use")
    public Response create(CreateTenantRequest request) {
        TenantCreated created = tenants.create(validator.valid(request).toNewTenant());
        var body = new TenantCreatedResponse(
                TenantResponse.of(created.tenant()),
                UserResponse.of(created.admin()),
                SetPasswordLinkResponse.of(created.setPasswordLink()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.tenant().id()).build())
                .entity(body)
                .build();
    }

    @GET
    @Operation(
            summary = "List tenants",
            description = "Newest first; filter by status and by text in name, " + "slug or contact e-mail.")
    @APIResponse(
            responseCode = "200",
            description = "A page of tenants",
            content = @Content(schema = @Schema(implementation = TenantPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or bad paging")
    public PageResponse<TenantResponse> list(
            @QueryParam("status") @Parameter(description = "trial, active, past_due, suspended or cancelled")
                    String status,
            @QueryParam("q") @Parameter(description = "Text to find in name, slug or contact e-mail") String text,
            @BeanParam PageParams page) {
        return PageResponse.of(tenants.search(status, text, page.toRequest()), TenantResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a tenant")
    @APIResponse(
            responseCode = "200",
            description = "The tenant",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "404", description = "No such tenant")
    public TenantResponse get(@PathParam("id") String id) {
        return TenantResponse.of(tenants.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            summary = "Change a tenant",
            description = "Profile, billing identity, time zone, trial end, "
                    + "status (any move except back to trial; suspending or cancelling needs a statusReason, and every "
                    + "move is audited), and plan (an enabled plan's id).")
    @APIResponse(
            responseCode = "200",
            description = "The changed tenant",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such tenant")
    @APIResponse(responseCode = "409", description = "Status change not allowed, or changed meanwhile")
    public TenantResponse update(@PathParam("id") String id, UpdateTenantRequest request) {
        UpdateTenantRequest valid = validator.valid(request);
        return TenantResponse.of(tenants.update(
                id,
                valid.toChanges(),
                valid.statusReason(),
                "operator:" + caller.user().email()));
    }

    @GET
    @Path("{id}/users")
    @Operation(summary = "List a tenant's users", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of users",
            content = @Content(schema = @Schema(implementation = PortalUserResource.UserPage.class)))
    @APIResponse(responseCode = "404", description = "No such tenant")
    public PageResponse<UserResponse> users(@PathParam("id") String id, @BeanParam PageParams page) {
        tenants.get(id);
        return PageResponse.of(users.list(id, page.toRequest()), UserResponse::of);
    }

    @POST
    @Path("{id}/users/{userId}/welcome")
    @Operation(
            summary = "Send a tenant's user a new welcome link",
            description = "Mails a new one-time link to choose a password (returned too, to hand over otherwise):"
                    + " when the first one expired, went astray, or no SMTP server is set up yet.")
    @APIResponse(
            responseCode = "200",
            description = "Mailed",
            content = @Content(schema = @Schema(implementation = SetPasswordLinkResponse.class)))
    @APIResponse(responseCode = "404", description = "No such tenant or user")
    public SetPasswordLinkResponse welcomeAgain(@PathParam("id") String id, @PathParam("userId") String userId) {
        return SetPasswordLinkResponse.of(passwordLinks.resendWelcome(id, userId));
    }

    /** For the OpenAPI document only: a page of tenants. */
    @Schema(name = "TenantPage")
    record TenantPage(java.util.List<TenantResponse> items, int page, int size, long total, long totalPages) {}
}
