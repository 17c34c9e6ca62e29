package fr.guichet.billing.service;

import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.Subscription;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invoices the periods of one subscription that are over: one draft per period, in its own transaction, the
 * subscription's row locked. Idempotent: the subscription counts the periods it invoiced, and each invoice carries a
 * unique key of its subscription and period, so running it again — or on two servers at once — makes no second
 * invoice.
 */
@Stateless
public class InvoiceRunService {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenantRepository tenants;

    @Inject
    PeriodInvoices periods;

    @Inject
    Clock clock;

    /** The drafts made for the subscription's periods over by {@code today} (its zone); their ids. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> invoiceDuePeriods(String subscriptionId) {
        Optional<Subscription> found = subscriptions.findForUpdate(subscriptionId);
        if (found.isEmpty()) {
            return List.of();
        }
        Subscription subscription = found.get();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, subscription.zone());
        Tenant tenant = tenants.find(subscription.tenantId()).orElseThrow();
        List<String> made = new ArrayList<>();
        for (Optional<BillingPeriod> due = subscription.nextDue(today);
                due.isPresent();
                due = subscription.nextDue(today)) {
            BillingPeriod period = due.get();
            Invoice draft = periods.draft(subscription, period, tenant, now);
            // The row lock and the counter make each period once; the invoice's unique run key would stop a second.
            if (draft.totalTtc().isPositive()) {
                invoices.add(draft);
                made.add(draft.id());
            }
            subscription.invoiced(period, now);
        }
        invoices.flush();
        return made;
    }
}
