package fr.guichet.billing.service.generation;

import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.Discount;
import fr.guichet.billing.domain.DiscountKind;
import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.LineKind;
import fr.guichet.common.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fee lines of one period. The plan in force at the period's start is billed in full; each change of plan
 * within the period returns the unused share of the previous fee and charges the new fee for the rest of the period,
 * prorated to the day; an end within the period returns the unused share of the last fee. A discount applies to the
 * fee of the period's start. Ratios are kept at {@link BillingPeriod#RATIO_SCALE} decimals, money rounded per line.
 */
public final class RecurringLines {

    private RecurringLines() {}

    /**
     * The days of the period that licensed access covered are not billed: the share of the fee they stand for comes
     * back, never more than the fee.
     */
    public static List<InvoiceLine> licensed(
            BillingPeriod period, Money fee, long licensedDays, BigDecimal vatRate, LineLabels words) {
        long days = Math.min(licensedDays, period.days());
        if (days <= 0 || !fee.isPositive()) {
            return List.of();
        }
        BigDecimal share = BigDecimal.valueOf(days)
                .divide(BigDecimal.valueOf(period.days()), BillingPeriod.RATIO_SCALE, java.math.RoundingMode.HALF_UP);
        return List.of(InvoiceLine.single(
                LineKind.LICENSED_DAYS,
                words.line("licensed", days, period.days()),
                fee.times(share).negate(),
                vatRate));
    }

    /**
     * {@code spans} in order, the first from the period's start; {@code licensedDays} of the period are not billed.
     * The discount comes last, on what the other lines come to.
     */
    public static List<InvoiceLine> of(
            BillingPeriod period,
            List<FeeSpan> spans,
            Optional<Discount> discount,
            long licensedDays,
            BigDecimal vatRate,
            LineLabels words) {
        List<InvoiceLine> lines = new ArrayList<>();
        FeeSpan first = spans.get(0);
        if (first.fee().isPositive()) {
            lines.add(InvoiceLine.single(
                    LineKind.FEE,
                    words.line(
                            first.promotional() ? "promo" : "fee",
                            first.planName(),
                            period.start(),
                            period.fullEnd().minusDays(1)),
                    first.fee(),
                    vatRate));
        }
        FeeSpan previous = first;
        for (FeeSpan next : spans.subList(1, spans.size())) {
            BigDecimal share = period.shareFrom(next.from());
            LineKind kind = LineKind.PRORATION;
            Money returned = previous.fee().times(share);
            if (returned.isPositive()) {
                lines.add(InvoiceLine.single(
                        kind,
                        words.line(
                                "credit",
                                previous.planName(),
                                next.from(),
                                period.fullEnd().minusDays(1)),
                        returned.negate(),
                        vatRate));
            }
            Money charged = next.fee().times(share);
            if (charged.isPositive()) {
                lines.add(InvoiceLine.single(
                        kind,
                        words.line(
                                "charge",
                                next.planName(),
                                next.from(),
                                period.fullEnd().minusDays(1)),
                        charged,
                        vatRate));
            }
            previous = next;
        }
        if (period.cutShort()) {
            Money unused = previous.fee().times(period.shareFrom(period.end()));
            if (unused.isPositive()) {
                lines.add(InvoiceLine.single(
                        LineKind.PRORATION,
                        words.line("end", period.end(), previous.planName()),
                        unused.negate(),
                        vatRate));
            }
        }
        lines.addAll(licensed(period, first.fee(), licensedDays, vatRate, words));
        return discounted(lines, period, discount, vatRate, words);
    }

    /**
     * Adds the discount, taken off what the fee lines come to once prorated (never more): a discount never turns a
     * period's fee into a credit.
     */
    static List<InvoiceLine> discounted(
            List<InvoiceLine> lines,
            BillingPeriod period,
            Optional<Discount> discount,
            BigDecimal vatRate,
            LineLabels words) {
        Money net = lines.stream().map(InvoiceLine::amountHt).reduce(Money.ZERO, Money::plus);
        discount.filter(d -> d.appliesTo(period.index()) && net.isPositive())
                .ifPresent(d -> lines.add(InvoiceLine.single(
                        LineKind.DISCOUNT,
                        d.kind() == DiscountKind.PERCENT
                                ? words.line("discountPercent", d.value())
                                : words.line("discountAmount"),
                        d.off(net).negate(),
                        vatRate)));
        return lines;
    }
}
