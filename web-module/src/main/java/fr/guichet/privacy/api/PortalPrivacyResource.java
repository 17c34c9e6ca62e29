package fr.guichet.privacy.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.privacy.service.ErasureView;
import fr.guichet.privacy.service.Erasures;
import fr.guichet.privacy.service.PrivacySettingsView;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client's privacy: how long its personal data is kept, and the deletion of its account (after a grace period,
 * cancellable until then). Reading is open to the tenant's users; changing is for tenant admins.
 */
@Path("portal/privacy")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: privacy")
@SecurityRequirement(name = "portalSession")
public class PortalPrivacyResource {

    @Inject
    Erasures erasures;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Path("settings")
    @Operation(summary = "How long the account's personal data is kept", description = "30, 90, 180 or 365 days.")
    public PrivacySettingsView settings() {
        return erasures.settings(caller.tenantId());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change how long the account's personal data is kept")
    public PrivacySettingsView changeSettings(PrivacyRequests.Settings body) {
        caller.requireTenantAdmin();
        validator.valid(body);
        return erasures.changeRetention(caller.tenantId(), body.retentionDays(), caller.actorName());
    }

    @GET
    @Path("deletion")
    @Operation(
            summary = "The account's scheduled deletion",
            description = "404 when none is scheduled; otherwise when it will run, and why.")
    public ErasureView deletion() {
        return erasures.pendingOf(caller.tenantId())
                .orElseThrow(() -> new DomainException(ErrorCode.ERASURE_NOT_FOUND, "No deletion is scheduled"));
    }

    @POST
    @Path("deletion")
    @Operation(
            summary = "Delete the account",
            description = "Confirmed by the caller's password. The personal data is erased after the grace period"
                    + " (GUICHET_PRIVACY_DELETION_GRACE, 30 days by default), when the subscription ends and the API"
                    + " keys are revoked; invoices are kept 10 years, as the law requires. A mail says when.")
    public ErasureView requestDeletion(PrivacyRequests.Deletion body) {
        caller.requireTenantAdmin();
        validator.valid(body);
        return erasures.request(caller.tenantId(), caller.user().id(), body.password(), caller.actorName());
    }

    @DELETE
    @Path("deletion")
    @Operation(summary = "Call off the account's scheduled deletion")
    public ErasureView cancelDeletion() {
        caller.requireTenantAdmin();
        return erasures.cancelOwn(caller.tenantId(), caller.actorName());
    }
}
