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
        PaymentEvent event = new PaymentEvent(provider, null, null, false, body, clock.instant());
        event.handled(null, "refused: " + why);
        invoices.add(event);
    }
}
