package fr.guichet.tenancy.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.tenancy.service.PasswordLinks;
import fr.guichet.tenancy.service.UserView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Choosing a password without being signed in: through the one-time link of a welcome or reset mail. */
@Path("portal/password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: session")
public class PortalPasswordResource {

    @Inject
    PasswordLinks links;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @POST
    @Path("forgot")
    @Operation(
            summary = "Forgot password",
            description = "Mails a one-time reset link (valid GUICHET_PASSWORD_RESET_LINK_VALID_FOR, 1 hour by default)"
                    + " if the tenant and e-mail name an enabled user; the answer is the same either way.")
    @APIResponse(responseCode = "202", description = "A link is mailed if the account exists")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "429", description = "Too many requests from this address or for this account")
    public Response forgot(ForgotPasswordRequest body) {
        validator.valid(body);
        links.forgot(body.tenant(), body.email(), request.getRemoteAddr());
        return Response.accepted().build();
    }

    @POST
    @Operation(
            summary = "Choose a password through a one-time link",
            description = "The token of a welcome or reset link; the link then stops working, as do the user's"
                    + " other links.")
    @APIResponse(
            responseCode = "200",
            description = "Password set: the user can sign in",
            content = @Content(schema = @Schema(implementation = PasswordChosenResponse.class)))
    @APIResponse(responseCode = "400", description = "Weak password, or a link expired or used already")
    public PasswordChosenResponse choose(ChoosePasswordRequest body) {
        validator.valid(body);
        UserView user = links.choose(body.token(), body.newPassword());
        return new PasswordChosenResponse(user.email());
    }

    /** Whose password was set, for the page to offer signing in. */
    @Schema(name = "PasswordChosen")
    public record PasswordChosenResponse(String email) {}
}
