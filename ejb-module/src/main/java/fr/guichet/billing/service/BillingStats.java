package fr.guichet.billing.service;

import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceStatus;
import fr.guichet.billing.domain.Subscription;
import fr.guichet.billing.domain.SubscriptionChange;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.common.domain.Money;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Computes {@link BillingStatsView} for operators, days in the operator's zone. */
@Stateless
public class BillingStats {

    @Inject
    InvoiceRepository invoices;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    PlanPrices prices;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    public BillingStatsView compute() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, Money[]> months = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i).toString(), new Money[] {Money.ZERO, Money.ZERO});
        }
        long invoiceCount = 0;
        Money invoicedTotal = Money.ZERO;
        for (Object[] row : invoices.issuedBetween(first.atDay(1), today)) {
            Money ttc = Money.of((BigDecimal) row[2]);
            boolean credit = row[0] == InvoiceKind.CREDIT_NOTE;
            months.get(YearMonth.from((LocalDate) row[1]).toString())[0] =
                    months.get(YearMonth.from((LocalDate) row[1]).toString())[0].plus(credit ? ttc.negate() : ttc);
            if (!credit) {
                invoiceCount++;
                invoicedTotal = invoicedTotal.plus(ttc);
            }
        }
        for (Object[] row : invoices.paymentsBetween(first.atDay(1), today)) {
            Money[] month = months.get(YearMonth.from((LocalDate) row[0]).toString());
            month[1] = month[1].plus(Money.of((BigDecimal) row[1]));
        }
        List<BillingStatsView.Month> perMonth = new ArrayList<>();
        months.forEach((m, v) -> perMonth.add(new BillingStatsView.Month(m, v[0].amount(), v[1].amount())));
        Map<String, List<SubscriptionChange>> steps =
                subscriptions.allChanges().stream().collect(Collectors.groupingBy(SubscriptionChange::subscriptionId));
        Map<String, Money[]> byPlan = new TreeMap<>();
        Money mrr = mrrOn(today, steps, byPlan);
        Money monthAgo = mrrOn(today.minusMonths(1), steps, new TreeMap<>());
        List<BillingStatsView.PlanShare> shares = new ArrayList<>();
        byPlan.forEach((plan, v) -> shares.add(new BillingStatsView.PlanShare(
                plan, prices.plan(plan).name(), v[0].amount().longValue(), v[1].amount())));
        return new BillingStatsView(
                perMonth,
                tally(InvoiceStatus.PAID, today),
                tally(InvoiceStatus.ISSUED, today, InvoiceStatus.PARTIALLY_PAID),
                tally(InvoiceStatus.OVERDUE, today),
                invoiceCount == 0
                        ? Money.ZERO.amount()
                        : invoicedTotal.amount().divide(BigDecimal.valueOf(invoiceCount), 2, RoundingMode.HALF_UP),
                mrr.amount(),
                monthAgo.amount(),
                mrr.minus(monthAgo).amount(),
                shares);
    }

    /** The fees in force on {@code day} of the subscriptions running then (plan of that day, promotion, discount). */
    private Money mrrOn(LocalDate day, Map<String, List<SubscriptionChange>> steps, Map<String, Money[]> byPlan) {
        Money total = Money.ZERO;
        for (Subscription s : subscriptions.runningOn(day)) {
            List<SubscriptionChange> history = steps.getOrDefault(s.id(), List.of());
            if (history.isEmpty() || day.isBefore(s.billingFrom())) {
                continue;
            }
            String plan = PeriodInvoices.planAt(history, day);
            int index = s.periodOf(day).map(BillingPeriod::index).orElse(0);
            Money fee = prices.fee(plan, index);
            Money net = s.discount()
                    .filter(d -> d.appliesTo(index))
                    .map(d -> fee.minus(d.off(fee)))
                    .orElse(fee);
            total = total.plus(net);
            Money[] share = byPlan.computeIfAbsent(plan, p -> new Money[] {Money.ZERO, Money.ZERO});
            share[0] = share[0].plus(Money.of(BigDecimal.ONE));
            share[1] = share[1].plus(net);
        }
        return total;
    }

    private BillingStatsView.Tally tally(InvoiceStatus status, LocalDate today, InvoiceStatus... more) {
        long count = 0;
        Money amount = Money.ZERO;
        List<InvoiceStatus> all = new ArrayList<>(List.of(status));
        all.addAll(List.of(more));
        for (InvoiceStatus s : all) {
            Object[] row = invoices.statusTotals(s, today);
            count += ((Number) row[0]).longValue();
            amount = amount.plus(row[1] == null ? Money.ZERO : Money.of(new BigDecimal(row[1].toString())));
        }
        return new BillingStatsView.Tally(count, amount.amount());
    }
}
