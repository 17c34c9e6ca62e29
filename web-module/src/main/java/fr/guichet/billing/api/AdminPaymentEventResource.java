package fr.guichet.billing.api;

import fr.guichet.billing.service.PaymentEventView;
import fr.guichet.billing.service.PaymentWebhooks;
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

/** Every event payment providers sent, refused ones included, and what Guichet did with each. */
@Path("admin/billing/payment-events")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminPaymentEventResource {

    @Inject
    PaymentWebhooks webhooks;

    @GET
    @Operation(summary = "Payment providers' events", description = "Newest first, paged.")
    public PageResponse<PaymentEventView> list(
            @QueryParam("provider") @Parameter(description = "stripe or lemonsqueezy") String provider,
            @BeanParam PageParams page) {
        return PageResponse.of(webhooks.events(provider, page.toRequest()), x -> x);
    }
}
