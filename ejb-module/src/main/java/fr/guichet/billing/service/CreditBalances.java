package fr.guichet.billing.service;

import fr.guichet.billing.domain.CreditBalance;
import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.common.domain.Money;
import fr.guichet.common.persistence.RowExists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Adds to a client's credit balance in the caller's transaction, its row locked. The first credit of a client opens
 * the row in a transaction of its own, so two first credits at once both land (one opens it, both add to it).
 */
@ApplicationScoped
public class CreditBalances {

    @Inject
    BillingSettingsRepository settings;

    @Inject
    RowOpener opener;

    public void add(String tenantId, Money credit) {
        locked(tenantId).add(credit);
    }

    private CreditBalance locked(String tenantId) {
        return settings.lockCredit(tenantId).orElseGet(() -> {
            try {
                opener.openCredit(tenantId);
            } catch (RowExists openedByAnother) {
                // Another transaction opened it first; it is there now.
            }
            return settings.lockCredit(tenantId).orElseThrow();
        });
    }
}
