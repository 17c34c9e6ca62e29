package fr.guichet.billing.service;

import fr.guichet.billing.repository.BillingSettingsRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Creates the rows billing locks (a number series, a client's credit balance) in a transaction of their own, so that
 * losing the race to create one harms no one: the loser gets {@link fr.guichet.common.persistence.RowExists} and
 * locks the row that won.
 */
@Stateless
public class RowOpener {

    @Inject
    BillingSettingsRepository settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openSeries(String series) {
        settings.createSeries(series);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openCredit(String tenantId) {
        settings.createCredit(tenantId);
    }
}
