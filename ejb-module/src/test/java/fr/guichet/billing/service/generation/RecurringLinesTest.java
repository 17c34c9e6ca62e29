package fr.guichet.billing.service.generation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.Discount;
import fr.guichet.billing.domain.DiscountKind;
import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.InvoiceTotals;
import fr.guichet.billing.domain.LineKind;
import fr.guichet.common.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecurringLinesTest {

    static final BigDecimal VAT = new BigDecimal("20.00");
    static final LineLabels FR = LineLabels.of("fr");
    static final BillingPeriod NOVEMBER = BillingPeriod.full(4, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

    static FeeSpan pro(LocalDate from) {
        return new FeeSpan(from, "Pro", Money.of("30.00"), false);
    }

    @Test
    @DisplayName("a month on one plan is one fee line at its price")
    void oneFee() {
        List<InvoiceLine> lines =
                RecurringLines.of(NOVEMBER, List.of(pro(NOVEMBER.start())), Optional.empty(), 0, VAT, FR);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.FEE);
            assertThat(l.amountHt()).isEqualTo(Money.of("30.00"));
            assertThat(l.description()).isEqualTo("Abonnement Pro du 01/11/2026 au 30/11/2026");
        });
    }

    @Test
    @DisplayName("an upgrade on day 21 of 30 returns 10/30 of the old fee and charges 10/30 of the new one")
    void upgradeProrated() {
        FeeSpan business = new FeeSpan(LocalDate.of(2026, 11, 21), "Business", Money.of("299.00"), false);
        List<InvoiceLine> lines =
                RecurringLines.of(NOVEMBER, List.of(pro(NOVEMBER.start()), business), Optional.empty(), 0, VAT, FR);
        assertThat(lines)
                .extracting(InvoiceLine::amountHt)
                .containsExactly(Money.of("30.00"), Money.of("-10.00"), Money.of("99.67"));
        assertThat(InvoiceTotals.of(lines).totalHt()).isEqualTo(Money.of("119.67"));
        assertThat(lines.get(1).description()).isEqualTo("Part non utilisée de Pro du 21/11/2026 au 30/11/2026");
    }

    @Test
    @DisplayName("a period cut short by a cancellation returns the unused days")
    void cutShort() {
        BillingPeriod cut =
                new BillingPeriod(4, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 1));
        List<InvoiceLine> lines = RecurringLines.of(cut, List.of(pro(cut.start())), Optional.empty(), 0, VAT, FR);
        assertThat(lines).extracting(InvoiceLine::amountHt).containsExactly(Money.of("30.00"), Money.of("-15.00"));
    }

    @Test
    @DisplayName("a promotional price is named, and a discount applies only in its periods")
    void promoAndDiscount() {
        FeeSpan promo = new FeeSpan(NOVEMBER.start(), "Starter", Money.of("4.99"), true);
        Discount tenPercentForTwo = new Discount(DiscountKind.PERCENT, new BigDecimal("10"), 3, 2);
        List<InvoiceLine> lines =
                RecurringLines.of(NOVEMBER, List.of(promo), Optional.of(tenPercentForTwo), 0, VAT, FR);
        assertThat(lines.get(0).description()).contains("prix promotionnel");
        assertThat(lines).extracting(InvoiceLine::amountHt).containsExactly(Money.of("4.99"), Money.of("-0.50"));
        BillingPeriod later = BillingPeriod.full(5, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
        assertThat(RecurringLines.of(later, List.of(promo), Optional.of(tenPercentForTwo), 0, VAT, FR))
                .hasSize(1);
        Discount fiftyEuros = new Discount(DiscountKind.AMOUNT, new BigDecimal("50"), 0, null);
        assertThat(RecurringLines.of(NOVEMBER, List.of(pro(NOVEMBER.start())), Optional.of(fiftyEuros), 0, VAT, FR))
                .extracting(InvoiceLine::amountHt)
                .containsExactly(Money.of("30.00"), Money.of("-30.00"));
    }

    @Test
    @DisplayName("days covered by a license come back as a share of the fee, never more than the fee")
    void licensedDays() {
        assertThat(RecurringLines.licensed(NOVEMBER, Money.of("30.00"), 12, VAT, FR))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.kind()).isEqualTo(LineKind.LICENSED_DAYS);
                    assertThat(l.amountHt()).isEqualTo(Money.of("-12.00"));
                    assertThat(l.description()).isEqualTo("Jours couverts par une licence : 12 sur 30");
                });
        assertThat(RecurringLines.licensed(NOVEMBER, Money.of("30.00"), 45, VAT, FR))
                .extracting(InvoiceLine::amountHt)
                .containsExactly(Money.of("-30.00"));
        assertThat(RecurringLines.licensed(NOVEMBER, Money.of("30.00"), 0, VAT, FR))
                .isEmpty();
    }

    @Test
    @DisplayName("a discount comes off what the fee lines come to after proration, so a cut period is never a credit")
    void discountOnTheNet() {
        BillingPeriod cut =
                new BillingPeriod(4, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 1));
        Discount half = new Discount(DiscountKind.PERCENT, new BigDecimal("50"), 0, null);
        List<InvoiceLine> lines = RecurringLines.of(cut, List.of(pro(cut.start())), Optional.of(half), 0, VAT, FR);
        assertThat(lines)
                .extracting(InvoiceLine::amountHt)
                .containsExactly(Money.of("30.00"), Money.of("-27.00"), Money.of("-1.50"));
        assertThat(InvoiceTotals.of(lines).totalHt()).isEqualTo(Money.of("1.50"));
    }
}
