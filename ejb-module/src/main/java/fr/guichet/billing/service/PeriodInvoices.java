package fr.guichet.billing.service;

import fr.guichet.access.domain.PlanTerms;
import fr.guichet.access.repository.ApiKeyRepository;
import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.billing.domain.Subscription;
import fr.guichet.billing.domain.SubscriptionChange;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.billing.service.generation.FeeSpan;
import fr.guichet.billing.service.generation.LineLabels;
import fr.guichet.billing.service.generation.RecurringLines;
import fr.guichet.billing.service.generation.UsageLines;
import fr.guichet.licensing.domain.LicensedPeriod;
import fr.guichet.licensing.service.LicenseGrants;
import fr.guichet.metering.repository.ServedTotals;
import fr.guichet.metering.repository.UsageRepository;
import fr.guichet.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft invoice of one period of a subscription: the fee lines (with the period's changes of plan, less the days
 * licensed access covered), the API keys beyond those included, and the usage lines from the period's metered, served
 * calls — each generator in its own class, this one only gathers their inputs.
 */
@ApplicationScoped
public class PeriodInvoices {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    PlanPrices prices;

    @Inject
    UsageRepository usage;

    @Inject
    ApiKeyRepository apiKeys;

    @Inject
    LicenseGrants grants;

    public Invoice draft(Subscription subscription, BillingPeriod period, Tenant tenant, Instant now) {
        LineLabels words = LineLabels.of(tenant.language());
        BigDecimal rate = Buyers.of(tenant).vatTreatment().rate();
        List<SubscriptionChange> changes = subscriptions.changes(subscription.id());
        List<FeeSpan> spans = spans(changes, period);
        List<InvoiceLine> lines = new ArrayList<>(RecurringLines.of(
                period, spans, subscription.discount(), licensedDays(subscription, period), rate, words));
        String lastPlan = planAt(changes, period.end().minusDays(1));
        PlanTerms terms = prices.plan(lastPlan).terms();
        PricingTerms pricing = prices.pricing(lastPlan);
        Instant from = period.start().atStartOfDay(subscription.zone()).toInstant();
        Instant to = period.end().atStartOfDay(subscription.zone()).toInstant();
        long keys = apiKeys.mostLiveDuring(subscription.tenantId(), from, to);
        lines.addAll(UsageLines.extraKeys(keys, pricing.includedKeys(), terms.extraKeyPriceEur(), rate, words));
        ServedTotals served = usage.served(subscription.tenantId(), from, to);
        lines.addAll(UsageLines.of(served, terms.requestsPerMonth(), terms.tokensPerMonth(), pricing, rate, words));
        Invoice invoice = new Invoice(InvoiceKind.INVOICE, tenant.id(), Buyers.of(tenant), tenant.language(), now)
                .forPeriod(subscription.id(), period);
        invoice.edit(lines, period.start(), period.lastDay(), null);
        return invoice;
    }

    /** Whole days of the period that licensed access covered (the tenant's zone). */
    long licensedDays(Subscription subscription, BillingPeriod period) {
        java.time.Instant from =
                period.start().atStartOfDay(subscription.zone()).toInstant();
        java.time.Instant to = period.end().atStartOfDay(subscription.zone()).toInstant();
        long seconds = 0;
        for (LicensedPeriod.Span span : grants.spans(subscription.tenantId())) {
            java.time.Instant start = span.startsAt().isAfter(from) ? span.startsAt() : from;
            java.time.Instant end = span.endsAt().isBefore(to) ? span.endsAt() : to;
            if (end.isAfter(start)) {
                seconds += java.time.Duration.between(start, end).getSeconds();
            }
        }
        return seconds / 86_400;
    }

    /** The plans in force during the period: the one at its start, then each change of plan within it. */
    List<FeeSpan> spans(List<SubscriptionChange> changes, BillingPeriod period) {
        List<FeeSpan> spans = new ArrayList<>();
        spans.add(span(planAt(changes, period.start()), period.start(), period.index()));
        for (SubscriptionChange change : changes) {
            LocalDate day = change.effectiveOn();
            if (change.planId() != null && day.isAfter(period.start()) && day.isBefore(period.end())) {
                spans.add(span(change.planId(), day, period.index()));
            }
        }
        return spans;
    }

    private FeeSpan span(String planId, LocalDate from, int index) {
        return new FeeSpan(
                from, prices.plan(planId).name(), prices.fee(planId, index), prices.promotional(planId, index));
    }

    /** The plan of {@code day}: the latest step on or before it that names a plan. */
    static String planAt(List<SubscriptionChange> changes, LocalDate day) {
        String plan = null;
        for (SubscriptionChange change : changes) {
            if (!change.effectiveOn().isAfter(day) && change.planId() != null) {
                plan = change.planId();
            }
        }
        if (plan == null) {
            plan = changes.get(0).planId();
        }
        return plan;
    }
}
