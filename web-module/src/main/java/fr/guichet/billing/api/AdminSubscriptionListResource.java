package fr.guichet.billing.api;

import fr.guichet.billing.service.SubscriptionQueries;
import fr.guichet.billing.service.SubscriptionView;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators list every subscription (one tenant's is at {@code subscriptions/{tenantId}}). */
@Path("admin/billing/subscriptions")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminSubscriptionListResource {

    @Inject
    SubscriptionQueries subscriptions;

    @GET
    @Operation(summary = "List subscriptions", description = "Newest first, paged.")
    public PageResponse<SubscriptionView> list(
            @QueryParam("status") @Parameter(description = "trialing, active or cancelled") String status,
            @QueryParam("planId") @Parameter(description = "Only this plan's") String planId,
            @BeanParam PageParams page) {
        return PageResponse.of(subscriptions.list(status, planId, page.toRequest()), x -> x);
    }
}
