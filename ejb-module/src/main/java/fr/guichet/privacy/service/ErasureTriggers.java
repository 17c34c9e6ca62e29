package fr.guichet.privacy.service;

import fr.guichet.tenancy.service.TenantChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Schedules the erasure of a tenant's personal data when the tenant is cancelled (dunning's day 30, an operator, the
 * end of a subscription), and cancels it when the tenant comes back — in the transaction of the change.
 */
@ApplicationScoped
public class ErasureTriggers {

    @Inject
    Erasures erasures;

    void onTenantChanged(@Observes TenantChanged changed) {
        erasures.followStatus(changed.tenantId());
    }
}
