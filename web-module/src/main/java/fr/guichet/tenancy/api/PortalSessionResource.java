package fr.guichet.tenancy.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.api.security.SessionOnly;
import fr.guichet.tenancy.api.security.CurrentCaller;
import fr.guichet.tenancy.api.security.PortalPrincipal;
import fr.guichet.tenancy.service.AuthenticationService;
import fr.guichet.tenancy.service.SignedIn;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import fr.guichet.tenancy.service.UserService;
import fr.guichet.tenancy.service.UserView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Portal sign-in, sign-out and the signed-in user's profile. */
@Path("portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: session")
public class PortalSessionResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @POST
    @Path("login")
    @Operation(
            summary = "Sign in",
            description =
                    "Opens a session (HttpOnly, SameSite=Strict cookie). Any wrong "
                            + "tenant, e-mail or password gives the same 401; repeated failures are answered 429 with Retry-After.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "Wrong credentials")
    @APIResponse(responseCode = "429", description = "Too many failures: wait Retry-After seconds")
    public SessionResponse login(LoginRequest body) {
        validator.valid(body);
        SignedIn signedIn =
                authentication.signInTenantUser(body.tenant(), body.email(), body.password(), request.getRemoteAddr());
        PortalPrincipal principal = PortalPrincipal.open(
                request, signedIn.user().id(), signedIn.user().tenantId(), clock.instant());
        return session(signedIn.user(), principal.csrfToken());
    }

    @POST
    @Path("logout")
    @PortalSession
    @SecurityRequirement(name = "portalSession")
    @Operation(summary = "Sign out", description = "Ends the session. Needs the X-CSRF-Token header.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        PortalPrincipal.close(request);
        return Response.noContent().build();
    }

    @GET
    @Path("profile")
    @PortalSession
    @SecurityRequirement(name = "portalSession")
    @Operation(summary = "The signed-in user", description = "With their tenant and the session's CSRF token.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    public SessionResponse profile() {
        // A call with an access token has no session, so no CSRF token to give.
        return session(
                caller.user(),
                caller.viaToken()
                        ? null
                        : PortalPrincipal.of(request)
                                .map(PortalPrincipal::csrfToken)
                                .orElse(null));
    }

    @POST
    @Path("profile/password")
    @PortalSession
    @SecurityRequirement(name = "portalSession")
    @Operation(
            summary = "Change one's password",
            description = "12 to 128 characters. Needs X-CSRF-Token. The user's other sessions end; this one goes on.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Wrong current password or weak new one")
    @APIResponse(responseCode = "403", description = "Called with an access token, or missing CSRF token")
    @Extension(name = SessionOnly.EXTENSION, value = "true")
    public Response changePassword(ChangePasswordRequest body) {
        caller.requireSession();
        validator.valid(body);
        users.changePassword(caller.user().id(), body.currentPassword(), body.newPassword());
        // Other sessions of the user end; this one goes on.
        PortalPrincipal.renew(request, clock.instant());
        return Response.noContent().build();
    }

    private SessionResponse session(UserView user, String csrfToken) {
        TenantView tenant = tenants.get(user.tenantId());
        return new SessionResponse(
                UserResponse.of(user),
                new SessionResponse.TenantRef(
                        tenant.id(),
                        tenant.slug(),
                        tenant.name(),
                        tenant.status().wireName(),
                        tenant.createdAt(),
                        tenant.trialEndsAt()),
                csrfToken);
    }
}
