package fr.guichet.billing.service;

import fr.guichet.billing.domain.Subscription;
import fr.guichet.billing.domain.SubscriptionChange;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Applies what the days bring to subscriptions: the end of a trial, a downgrade waiting for the end of its period,
 * a cancellation at period end (the tenant is then cancelled). One subscription per transaction, its tenant locked.
 */
@Stateless
public class SubscriptionAdvance {

    static final int BATCH = 500;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    TenantRepository tenants;

    @Inject
    Event<TenantChanged> tenantChanged;

    @Inject
    Clock clock;

    /** Ids of the subscriptions that may have something due (the latest zone's today). */
    public List<String> candidates() {
        LocalDate latestToday = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(14));
        return subscriptions.toAdvance(latestToday, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean advance(String subscriptionId) {
        Optional<Subscription> found = subscriptions.find(subscriptionId);
        if (found.isEmpty()) {
            return false;
        }
        Tenant tenant = tenants.findForUpdate(found.get().tenantId()).orElseThrow();
        Subscription subscription = subscriptions.findForUpdate(subscriptionId).orElseThrow();
        Instant now = clock.instant();
        Optional<SubscriptionChange> change =
                subscription.advanceTo(LocalDate.ofInstant(now, subscription.zone()), now);
        change.ifPresent(c -> {
            subscriptions.add(c);
            if (c.kind() == SubscriptionChange.Kind.END) {
                tenant.moveTo(TenantStatus.CANCELLED, now);
            } else {
                tenant.changePlan(c.planId(), now);
            }
            tenantChanged.fire(new TenantChanged(tenant.id()));
        });
        return change.isPresent();
    }
}
