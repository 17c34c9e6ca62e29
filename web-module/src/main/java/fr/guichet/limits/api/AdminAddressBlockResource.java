package fr.guichet.limits.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.ReasonRequest;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.limits.service.AbuseGuard;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Addresses blocked on {@code /v1} after repeated failed authentications: list, lift. */
@Path("admin/address-blocks")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: limits")
@SecurityRequirement(name = "operatorBasic")
public class AdminAddressBlockResource {

    @Inject
    AbuseGuard abuse;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "List the blocks in force", description = "Latest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of blocks",
            content = @Content(schema = @Schema(implementation = AddressBlockResponse.Page.class)))
    public PageResponse<AddressBlockResponse> list(@BeanParam PageParams page) {
        return PageResponse.of(abuse.blocks(page.toRequest()), AddressBlockResponse::of);
    }

    @POST
    @Path("{address}/lift")
    @Operation(
            summary = "Lift a block",
            description = "The address may call again at once on this server, within "
                    + "10 s on the others; the reason is written to the audit log. A new offence is blocked longer.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "The address is not blocked")
    public Response lift(@PathParam("address") String address, ReasonRequest body) {
        validator.valid(body);
        abuse.unblock(address, "operator:" + caller.user().email(), body.reason());
        return Response.noContent().build();
    }
}
