package fr.guichet.billing.api;

import fr.guichet.billing.service.PaymentWebhooks;
import fr.guichet.common.persistence.RowExists;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment providers post their events here, signed: Stripe ({@code Stripe-Signature}) at {@code stripe}, Lemon
 * Squeezy ({@code X-Signature}) at {@code lemonsqueezy}. No session: the signature is the authentication.
 */
@Path("webhooks/payments/{provider}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Webhooks")
public class PaymentWebhookResource {

    @Inject
    PaymentWebhooks webhooks;

    @POST
    @Operation(
            summary = "Receive a payment provider's event",
            description = "200 once kept (a replay is acknowledged and does nothing; an event Guichet does not act on "
                    + "is acknowledged); 400 for a missing, forged or stale signature or an unreadable body.")
    public Map<String, Object> receive(
            @PathParam("provider") String provider,
            @HeaderParam("Stripe-Signature") String stripeSignature,
            @HeaderParam("X-Signature") String lemonSignature,
            String body) {
        String signature = PaymentWebhooks.STRIPE.equals(provider) ? stripeSignature : lemonSignature;
        try {
            PaymentWebhooks.Receipt receipt = webhooks.receive(provider, signature, body);
            return Map.of(
                    "received", true,
                    "eventId", receipt.eventId(),
                    "duplicate", receipt.duplicate(),
                    "outcome", receipt.outcome());
        } catch (RowExists sameEventAtOnce) {
            return Map.of("received", true, "duplicate", true, "outcome", "already received");
        }
    }
}
