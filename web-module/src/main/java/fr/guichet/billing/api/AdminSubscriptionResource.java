package fr.guichet.billing.api;

import fr.guichet.billing.service.SubscriptionService;
import fr.guichet.billing.service.SubscriptionView;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators manage a tenant's subscription: start it, change plan, cancel or resume it, grant a discount. */
@Path("admin/billing/subscriptions/{tenantId}")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminSubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "A tenant's subscription")
    public SubscriptionView get(@PathParam("tenantId") String tenantId) {
        return subscriptions.get(tenantId);
    }

    @POST
    @Operation(summary = "Subscribe a tenant to a plan", description = "A trial first when the plan has one.")
    public Response subscribe(@PathParam("tenantId") String tenantId, BillingRequests.Subscribe body) {
        return Response.status(Response.Status.CREATED)
                .entity(subscriptions.subscribe(tenantId, validator.valid(body).planId(), actor()))
                .build();
    }

    @POST
    @Path("plan")
    @Operation(
            summary = "Change plan",
            description =
                    "An upgrade applies at once, prorated to the day; a downgrade at the period's end unless atOnce.")
    public SubscriptionView changePlan(@PathParam("tenantId") String tenantId, BillingRequests.ChangePlan body) {
        validator.valid(body);
        return subscriptions.changePlan(tenantId, body.planId(), Boolean.TRUE.equals(body.atOnce()), actor());
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Cancel", description = "At the period's end (access until then), or at once with atOnce.")
    public SubscriptionView cancel(@PathParam("tenantId") String tenantId, BillingRequests.Cancel body) {
        return subscriptions.cancel(tenantId, body != null && Boolean.TRUE.equals(body.atOnce()), actor());
    }

    @POST
    @Path("resume")
    @Operation(summary = "Withdraw a cancellation at period end")
    public SubscriptionView resume(@PathParam("tenantId") String tenantId) {
        return subscriptions.resume(tenantId, actor());
    }

    @PUT
    @Path("discount")
    @Operation(summary = "Grant a discount", description = "Percent or amount off the fee, for N periods or for ever.")
    public SubscriptionView discount(@PathParam("tenantId") String tenantId, BillingRequests.Discount body) {
        validator.valid(body);
        return subscriptions.grantDiscount(tenantId, body.kind(), body.value(), body.periods(), actor());
    }

    @DELETE
    @Path("discount")
    @Operation(summary = "Remove the discount")
    public SubscriptionView removeDiscount(@PathParam("tenantId") String tenantId) {
        return subscriptions.removeDiscount(tenantId, actor());
    }

    private String actor() {
        return "operator:" + caller.user().email();
    }
}
