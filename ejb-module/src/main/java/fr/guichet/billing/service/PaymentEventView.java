package fr.guichet.billing.service;

import fr.guichet.billing.domain.PaymentEvent;
import java.time.Instant;

/** A payment provider's event as operators see it: whether its signature held and what Guichet did with it. */
public record PaymentEventView(
        String id,
        String provider,
        String eventId,
        String type,
        boolean verified,
        String invoiceId,
        String outcome,
        Instant receivedAt) {

    static PaymentEventView of(PaymentEvent e) {
        return new PaymentEventView(
                e.id(), e.provider(), e.eventId(), e.type(), e.verified(), e.invoiceId(), e.outcome(), e.receivedAt());
    }
}
