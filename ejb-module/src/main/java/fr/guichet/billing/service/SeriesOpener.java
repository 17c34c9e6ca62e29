package fr.guichet.billing.service;

import fr.guichet.billing.repository.BillingSettingsRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Creates a number series in a transaction of its own, so that losing the race to create it harms no one. */
@Stateless
public class SeriesOpener {

    @Inject
    BillingSettingsRepository settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String series) {
        settings.createSeries(series);
    }
}
