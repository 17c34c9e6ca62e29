package fr.guichet.privacy.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.privacy.service.DataExportView;
import fr.guichet.privacy.service.DataExports;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
    DataExports exports;

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

    @POST
    @Path("exports")
    @Operation(
            summary = "Export the account's data",
            description = "202: built in the background (profile, users, API keys masked, usage events, invoices as"
                    + " PDF, a README), then mailed to the caller as a link that works 7 days. One at a time (409).")
    public Response requestExport() {
        caller.requireTenantAdmin();
        return Response.accepted(
                        exports.request(caller.tenantId(), caller.user().id(), caller.actorName()))
                .build();
    }

    @GET
    @Path("exports")
    @Operation(
            summary = "The account's exports, newest first",
            description = "Pending, running, ready, failed, expired.")
    public List<DataExportView> listExports() {
        caller.requireTenantAdmin();
        return exports.list(caller.tenantId());
    }

    @GET
    @Path("exports/{id}/zip")
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "Download a ready export", description = "Until it expires; 404 otherwise.")
    public Response downloadExport(@PathParam("id") String id) {
        caller.requireTenantAdmin();
        return ExportDownloadResource.zip(exports.download(caller.tenantId(), id));
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
