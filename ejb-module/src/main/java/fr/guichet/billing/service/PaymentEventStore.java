package fr.guichet.billing.service;

import fr.guichet.billing.domain.PaymentEvent;
import fr.guichet.billing.repository.InvoiceRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/** Keeps a refused delivery (bad signature, unreadable body) in a transaction of its own: the refusal rolls back. */
@Stateless
public class PaymentEventStore {

    @Inject
    InvoiceRepository invoices;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keepRefused(String provider, String body, String why) {
        // Anyone can post a refused delivery: only its start is kept, enough to see what it was.
        String start = body == null || body.length() <= 1000 ? body : body.substring(0, 1000);
        PaymentEvent event = new PaymentEvent(provider, null, null, false, start, clock.instant());
        event.handled(null, "refused: " + why);
        invoices.add(event);
    }
}
