package fr.guichet.billing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Starts dunning when a payment fails, ends it when a payment settles the invoice — in the same transaction. */
@ApplicationScoped
public class DunningTriggers {

    @Inject
    DunningService dunning;

    void onFailed(@Observes PaymentFailed failed) {
        dunning.start(failed.invoiceId(), failed.reason());
    }

    void onPaid(@Observes PaymentRecorded recorded) {
        dunning.settle(recorded.invoiceId());
    }
}
