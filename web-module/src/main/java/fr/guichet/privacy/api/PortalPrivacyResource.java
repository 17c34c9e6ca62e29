package fr.guichet.privacy.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.api.security.SessionOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.privacy.service.AccountSettings;
import fr.guichet.privacy.service.DataExportView;
import fr.guichet.privacy.service.DataExports;
import fr.guichet.privacy.service.ErasureView;
import fr.guichet.privacy.service.Erasures;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client's account, as its portal manages it: its settings ({@code /api/portal/settings}: retention of personal
 * data, language, optional mails), its data exports ({@code /api/portal/export}) and the deletion of the account
 * ({@code DELETE /api/portal/account}, after a grace period, cancellable until then). Reading is open to the
 * tenant's users; changing, exporting and deleting are for tenant admins.
 */
public abstract class PortalPrivacyResource {

    @Inject
    Erasures erasures;

    @Inject
    DataExports exports;

    @Inject
    AccountSettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    /** {@code /api/portal/settings}. */
    @Path("portal/settings")
    @PortalSession
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Portal: account")
    @SecurityRequirement(name = "portalSession")
    public static class Settings extends PortalPrivacyResource {

        @GET
        @Operation(
                summary = "The account's settings",
                description = "How long its personal data is kept (30, 90, 180 or 365 days), the language of its"
                        + " mails and documents, and the optional mails it gets.")
        public SettingsResponse get() {
            return SettingsResponse.of(settings.of(caller.tenantId()));
        }

        @PUT
        @Operation(
                summary = "Change the account's settings",
                description = "What is absent stays as it is; at least one setting. Checked whole, then saved whole.")
        @APIResponse(responseCode = "400", description = "A setting out of its values, or none given")
        @APIResponse(responseCode = "403", description = "Not a tenant admin, or missing CSRF token")
        public SettingsResponse change(PrivacyRequests.Settings body) {
            caller.requireTenantAdmin();
            validator.valid(body);
            PrivacyRequests.Notifications mails = body.notifications() == null
                    ? new PrivacyRequests.Notifications(null, null, null)
                    : body.notifications();
            return SettingsResponse.of(settings.change(
                    caller.tenantId(),
                    new AccountSettings.Change(
                            body.retentionDays(),
                            body.language(),
                            mails.quotaAlerts(),
                            mails.licenseReminders(),
                            mails.paymentReceipts()),
                    caller.actorName()));
        }
    }

    /** {@code /api/portal/export}. */
    @Path("portal/export")
    @PortalSession
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Portal: account")
    @SecurityRequirement(name = "portalSession")
    @APIResponse(responseCode = "403", description = "Not a tenant admin")
    public static class Export extends PortalPrivacyResource {

        @POST
        @Consumes(MediaType.WILDCARD)
        @Operation(
                summary = "Export the account's data",
                description = "202: built in the background (profile, users, API keys masked, usage events, invoices"
                        + " as PDF, a README), then mailed to the caller as a link that works 7 days. One at a time"
                        + " (409).")
        public Response request() {
            caller.requireTenantAdmin();
            return Response.accepted(
                            exports.request(caller.tenantId(), caller.user().id(), caller.actorName()))
                    .build();
        }

        @GET
        @Operation(
                summary = "The account's exports, newest first",
                description = "Pending, running, ready, failed, expired.")
        public List<DataExportView> list() {
            caller.requireTenantAdmin();
            return exports.list(caller.tenantId());
        }

        @GET
        @Path("{id}/zip")
        @Produces({"application/zip", "application/problem+json"})
        @Operation(summary = "Download a ready export", description = "Until it expires; 404 otherwise.")
        public Response download(@PathParam("id") String id) {
            caller.requireTenantAdmin();
            return ExportDownloadResource.zip(exports.download(caller.tenantId(), id));
        }
    }

    /** {@code /api/portal/account}. */
    @Path("portal/account")
    @PortalSession
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Portal: account")
    @SecurityRequirement(name = "portalSession")
    public static class Account extends PortalPrivacyResource {

        @DELETE
        @Operation(
                summary = "Delete the account",
                description = "Confirmed by the caller's password, in the JSON body of the DELETE (send it as"
                        + " curl -X DELETE -d does); from a signed-in session only. The API keys are revoked at once;"
                        + " the personal data is erased after the grace period (GUICHET_PRIVACY_DELETION_GRACE, 30"
                        + " days by default), when the subscription ends; invoices are kept 10 years, as the law"
                        + " requires. A mail says when. Cancellable until then.")
        @APIResponse(responseCode = "400", description = "No password, or not the caller's")
        @APIResponse(responseCode = "403", description = "Not a tenant admin, an access token, or no CSRF token")
        @APIResponse(responseCode = "409", description = "A deletion is already scheduled")
        @Extension(name = SessionOnly.EXTENSION, value = "true")
        public ErasureView delete(PrivacyRequests.Deletion body) {
            caller.requireSession();
            caller.requireTenantAdmin();
            validator.valid(body);
            return erasures.request(caller.tenantId(), caller.user().id(), body.password(), caller.actorName());
        }

        @GET
        @Path("deletion")
        @Operation(
                summary = "The account's scheduled deletion",
                description = "404 when none is scheduled; otherwise when it will run, and why.")
        @APIResponse(responseCode = "404", description = "None scheduled")
        public ErasureView deletion() {
            return erasures.pendingOf(caller.tenantId())
                    .orElseThrow(() -> new DomainException(ErrorCode.ERASURE_NOT_FOUND, "No deletion is scheduled"));
        }

        @DELETE
        @Path("deletion")
        @Operation(
                summary = "Call off the account's scheduled deletion",
                description = "The API keys revoked when it was asked for stay revoked: make new ones.")
        @APIResponse(responseCode = "404", description = "None scheduled")
        public ErasureView cancel() {
            caller.requireTenantAdmin();
            return erasures.cancelOwn(caller.tenantId(), caller.actorName());
        }
    }
}
