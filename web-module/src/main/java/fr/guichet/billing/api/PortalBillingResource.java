package fr.guichet.billing.api;

import fr.guichet.billing.service.InvoiceFiles;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.billing.service.InvoiceView;
import fr.guichet.billing.service.PlanChangePreview;
import fr.guichet.billing.service.SubscriptionService;
import fr.guichet.billing.service.SubscriptionView;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's own subscription and invoices (each resource carries its own {@code @PortalSession}, media types and
 * OpenAPI security: class annotations are not inherited). Reading is open to the tenant's users; changing the subscription is
 * for tenant admins. An invoice of another tenant is not found.
 */
public abstract class PortalBillingResource {

    /** {@code /api/portal/subscription}. */
    @Path("portal/subscription")
    @PortalSession
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Portal: billing")
    @SecurityRequirement(name = "portalSession")
    public static class Subscription extends PortalBillingResource {

        @GET
        @Operation(summary = "The subscription: plan, price, next renewal, pending change")
        public SubscriptionView get() {
            return subscriptions.get(caller.tenantId());
        }

        @GET
        @Path("preview")
        @Operation(
                summary = "What a change of plan would cost",
                description = "Before confirming: an upgrade's prorated credit and charge, a downgrade's date.")
        public PlanChangePreview preview(@QueryParam("planId") String planId) {
            if (planId == null || planId.isBlank()) {
                throw fr.guichet.common.domain.DomainException.invalid("planId", "must not be blank");
            }
            return subscriptions.preview(caller.tenantId(), planId.strip());
        }

        @POST
        @Path("upgrade")
        @Operation(
                summary = "Move to a plan that costs more",
                description = "At once, prorated to the day (see preview); a cheaper plan is refused: downgrade.")
        public SubscriptionView upgrade(BillingRequests.ChangePlan body) {
            return change(body, true);
        }

        @POST
        @Path("downgrade")
        @Operation(
                summary = "Move to a plan that costs no more",
                description = "At the end of the current period (at once during a trial); a dearer plan is refused.")
        public SubscriptionView downgrade(BillingRequests.ChangePlan body) {
            return change(body, false);
        }

        private SubscriptionView change(BillingRequests.ChangePlan body, boolean upgrade) {
            caller.requireTenantAdmin();
            validator.valid(body);
            return subscriptions.changePlan(caller.tenantId(), body.planId(), false, upgrade, actor());
        }

        @POST
        @Path("cancel")
        @Operation(summary = "Cancel at the period's end", description = "Access stays until then; resume before it.")
        public SubscriptionView cancel() {
            caller.requireTenantAdmin();
            return subscriptions.cancel(caller.tenantId(), false, actor());
        }

        @POST
        @Path("resume")
        @Operation(summary = "Withdraw the cancellation")
        public SubscriptionView resume() {
            caller.requireTenantAdmin();
            return subscriptions.resume(caller.tenantId(), actor());
        }
    }

    /** {@code /api/portal/invoices}. */
    @Path("portal/invoices")
    @PortalSession
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Portal: billing")
    @SecurityRequirement(name = "portalSession")
    public static class Invoices extends PortalBillingResource {

        @GET
        @Operation(summary = "The tenant's issued invoices and credit notes, newest first")
        public PageResponse<InvoiceSummary> list(@QueryParam("status") String status, @BeanParam PageParams page) {
            return PageResponse.of(queries.issuedOf(caller.tenantId(), status, page.toRequest()), x -> x);
        }

        @GET
        @Path("{id}")
        @Operation(summary = "One invoice or credit note")
        public InvoiceView get(@PathParam("id") String id) {
            return files.requireIssued(caller.tenantId(), queries.get(caller.tenantId(), id))
                    .forClient();
        }

        @GET
        @Path("{id}/pdf")
        @Produces({"application/pdf", "application/problem+json"})
        @Operation(summary = "Its PDF (with the Factur-X inside)")
        public Response pdf(@PathParam("id") String id) {
            return AdminInvoiceItemResource.download(files.pdf(caller.tenantId(), id), "application/pdf");
        }
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoiceFiles files;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    String actor() {
        return "user:" + caller.user().email();
    }
}
