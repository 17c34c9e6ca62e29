package fr.guichet.licensing.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.ReasonRequest;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.licensing.service.LicenseOffline;
import fr.guichet.licensing.service.LicenseService;
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

/**
 * One license key's life, by operators: read it and its activations, revoke, suspend, reinstate, extend, and sign an
 * offline license for a tenant that activated it. Each move takes a reason, written to the audit log, and applies at
 * once to the access of the tenants that activated the key.
 */
@Path("admin/licenses/{id}")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: licenses")
@SecurityRequirement(name = "operatorBasic")
@APIResponse(responseCode = "400", description = "Invalid input (a reason is required)")
@APIResponse(responseCode = "404", description = "No such license")
@APIResponse(responseCode = "409", description = "The move does not apply to the key's status")
public class AdminLicenseItemResource {

    @Inject
    LicenseService licenses;

    @Inject
    LicenseOffline offline;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @PathParam("id")
    String id;

    @GET
    @Operation(summary = "Read a license key", description = "Masked.")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    public LicenseResponse get() {
        return LicenseResponse.of(licenses.get(id));
    }

    @GET
    @Path("activations")
    @Operation(summary = "The tenants that activated the key", description = "Oldest first, paged.")
    @APIResponse(
            responseCode = "200",
            description = "A page of activations",
            content = @Content(schema = @Schema(implementation = ActivationResponse.Page.class)))
    public PageResponse<ActivationResponse> activations(@BeanParam PageParams page) {
        return PageResponse.of(licenses.activationsOf(id, page.toRequest()), ActivationResponse::of);
    }

    @POST
    @Path("revoke")
    @Operation(
            summary = "Revoke a license key for good",
            description = "It can no longer be activated, and the "
                    + "days it gave end at once for every tenant that activated it (from their next /v1 call).")
    @APIResponse(
            responseCode = "200",
            description = "The revoked key",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    public LicenseResponse revoke(ReasonRequest body) {
        validator.valid(body);
        return LicenseResponse.of(licenses.revoke(id, body.reason(), actor()));
    }

    @POST
    @Path("suspend")
    @Operation(
            summary = "Suspend a license key",
            description = "It cannot be activated, and the days it gave "
                    + "are withheld until it is reinstated (time keeps running: they count from each activation).")
    @APIResponse(
            responseCode = "200",
            description = "The suspended key",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    public LicenseResponse suspend(ReasonRequest body) {
        validator.valid(body);
        return LicenseResponse.of(licenses.suspend(id, body.reason(), actor()));
    }

    @POST
    @Path("reinstate")
    @Operation(summary = "Reinstate a suspended license key")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    public LicenseResponse reinstate(ReasonRequest body) {
        validator.valid(body);
        return LicenseResponse.of(licenses.reinstate(id, body.reason(), actor()));
    }

    @POST
    @Path("extend")
    @Operation(
            summary = "Extend a license key",
            description = "Adds days to the key and to the access of every "
                    + "tenant that activated it, and/or moves its activation deadline later.")
    @APIResponse(
            responseCode = "200",
            description = "The key",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    public LicenseResponse extend(ExtendLicenseRequest body) {
        validator.valid(body);
        return LicenseResponse.of(licenses.extend(id, body.days(), body.activateBefore(), body.reason(), actor()));
    }

    @POST
    @Path("offline")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Sign an offline license file",
            description =
                    "For a tenant that activated the key: its "
                            + "plan, tenant, expiry and issue date, signed with the operator's Ed25519 key (docs/offline-licenses.md).")
    @APIResponse(responseCode = "200", description = "The license file", content = @Content(mediaType = "text/plain"))
    public Response offline(OfflineLicenseRequest body) {
        validator.valid(body);
        return LicenseFileResponses.of(offline.file(id, body.tenantId().strip(), actor()));
    }

    private String actor() {
        return "operator:" + caller.user().email();
    }
}
