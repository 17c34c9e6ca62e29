package fr.guichet.licensing.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.licensing.service.LicenseActivations;
import fr.guichet.licensing.service.LicenseOffline;
import fr.guichet.licensing.service.LicenseSigning;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * License keys for their holders: anyone checks a key; a signed-in tenant user activates one for their tenant and
 * downloads its offline license file. Checks and activations are limited per address and per user, and an address
 * that presents too many unknown keys is blocked for a while (429 with {@code Retry-After}).
 */
@Path("licenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licenses")
@APIResponse(responseCode = "400", description = "Invalid input")
@APIResponse(responseCode = "429", description = "Too many attempts from this address or user; see Retry-After")
public class LicenseResource {

    @Inject
    LicenseActivations activations;

    @Inject
    LicenseOffline offline;

    @Inject
    LicenseSigning signing;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @Context
    HttpServletRequest request;

    @POST
    @Path("check")
    @Operation(
            summary = "Check a license key",
            description = "Anyone may ask. The code says why a key cannot be "
                    + "activated, in this order: NOT_FOUND or MALFORMED (a mistyped character), REVOKED, SUSPENDED, EXPIRED "
                    + "(past its activation deadline), NOT_YET_ACTIVE, MAX_ACTIVATIONS_REACHED; else VALID.")
    @APIResponse(
            responseCode = "200",
            description = "What the key is worth",
            content = @Content(schema = @Schema(implementation = LicenseCheckResponse.class)))
    public LicenseCheckResponse check(LicenseKeyRequest body) {
        validator.valid(body);
        return LicenseCheckResponse.of(activations.check(body.key(), request.getRemoteAddr()));
    }

    @POST
    @Path("activate")
    @PortalSession
    @SecurityRequirement(name = "portalSession")
    @Operation(
            summary = "Activate a license key for your tenant",
            description = "Your tenant gets the key's plan "
                    + "for its days; a second key adds its days to the end. Refusals carry the check's reason as their code "
                    + "(license_not_found 404, license_key_malformed 400, license_revoked, license_suspended, license_expired, "
                    + "license_not_yet_active, license_max_activations_reached, license_already_activated 409).")
    @APIResponse(
            responseCode = "201",
            description = "Activated",
            content = @Content(schema = @Schema(implementation = ActivationResponse.class)))
    @APIResponse(responseCode = "409", description = "The key cannot be activated")
    public Response activate(LicenseKeyRequest body) {
        validator.valid(body);
        var activation =
                activations.activate(caller.tenantId(), caller.user().id(), body.key(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(ActivationResponse.of(activation))
                .build();
    }

    @POST
    @Path("{id}/offline")
    @PortalSession
    @SecurityRequirement(name = "portalSession")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Download your tenant's offline license file",
            description = "For an on-premise "
                    + "installation: signed with the operator's Ed25519 key; verify it with GET /api/licenses/public-key "
                    + "(docs/offline-licenses.md). Tenant admins only.")
    @APIResponse(responseCode = "200", description = "The license file", content = @Content(mediaType = "text/plain"))
    @APIResponse(responseCode = "404", description = "Your tenant has not activated this license")
    public Response offline(@PathParam("id") String licenseId) {
        caller.requireTenantAdmin();
        return LicenseFileResponses.of(offline.file(
                licenseId, caller.tenantId(), "user:" + caller.user().id()));
    }

    @GET
    @Path("public-key")
    @Operation(
            summary = "The key that verifies offline license files",
            description = "Ed25519, X.509 " + "(SubjectPublicKeyInfo) in base64.")
    @APIResponse(responseCode = "200", description = "The public key")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "keyId", signing.keyId(), "publicKey", signing.publicKeyBase64());
    }
}
