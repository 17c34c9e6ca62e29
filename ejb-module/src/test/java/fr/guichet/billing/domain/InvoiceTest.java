package fr.guichet.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final BigDecimal VAT = new BigDecimal("20");

    static Buyer frenchBusiness() {
        return new Buyer(
                "ACME SAS",
                "1 rue de la Paix",
                null,
                "75002",
                "Paris",
                "FR",
                "732829320",
                "FR44732829320",
                "it@acme.example");
    }

    static Invoice draft(InvoiceLine... lines) {
        Invoice invoice = new Invoice(InvoiceKind.INVOICE, "t1", frenchBusiness(), "fr", NOW);
        invoice.edit(List.of(lines), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null);
        return invoice;
    }

    static Invoice issued(InvoiceLine... lines) {
        Invoice invoice = draft(lines);
        invoice.issue("INV-2026-000001", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), Money.ZERO, null, NOW);
        return invoice;
    }

    @Test
    @DisplayName("VAT is computed per rate on the rounded lines, and TTC is HT plus VAT")
    void totals() {
        Invoice invoice = draft(
                InvoiceLine.single(LineKind.FEE, "Business", Money.of("299.00"), VAT),
                new InvoiceLine(
                        LineKind.OVERAGE_TOKENS,
                        "Tokens",
                        new BigDecimal("1.333333"),
                        "C62",
                        new BigDecimal("2.50"),
                        VAT),
                InvoiceLine.single(LineKind.DISCOUNT, "Remise", Money.of("-29.90"), VAT));
        assertThat(invoice.lines().get(1).amountHt()).isEqualTo(Money.of("3.33"));
        assertThat(invoice.totalHt()).isEqualTo(Money.of("272.43"));
        assertThat(invoice.totals().totalVat()).isEqualTo(Money.of("54.49"));
        assertThat(invoice.totalTtc()).isEqualTo(Money.of("326.92"));
    }

    @Test
    @DisplayName("an issued invoice is not edited: the refusal says to use a credit note")
    void issuedIsFrozen() {
        Invoice invoice = issued(InvoiceLine.single(LineKind.FEE, "Pro", Money.of("9.99"), VAT));
        assertThatThrownBy(() -> invoice.edit(List.of(), null, null, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("credit note")
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.INVOICE_ISSUED);
    }

    @Test
    @DisplayName("an invoice with nothing to pay is not issued")
    void emptyNotIssued() {
        Invoice invoice = draft(InvoiceLine.single(LineKind.MANUAL, "Gift", Money.of("-5.00"), VAT));
        assertThatThrownBy(
                        () -> invoice.issue("INV-2026-000002", LocalDate.now(), LocalDate.now(), Money.ZERO, null, NOW))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.INVOICE_EMPTY);
    }

    @Test
    @DisplayName("partial payments lower the balance; the status follows payments and the due date")
    void payments() {
        Invoice invoice = issued(InvoiceLine.single(LineKind.FEE, "Pro", Money.of("100.00"), VAT));
        assertThat(invoice.statusOn(LocalDate.of(2026, 12, 2))).isEqualTo(InvoiceStatus.ISSUED);
        invoice.pay(Money.of("50.00"));
        assertThat(invoice.balance()).isEqualTo(Money.of("70.00"));
        assertThat(invoice.statusOn(LocalDate.of(2026, 12, 2))).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThatThrownBy(() -> invoice.pay(Money.of("70.01")))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.PAYMENT_ABOVE_BALANCE);
        invoice.pay(Money.of("70.00"));
        assertThat(invoice.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    @DisplayName(
            "an invoice credited in full is credited, not paid; credited in part and paid for the rest, it is paid")
    void creditedStatus() {
        Invoice cancelled = issued(InvoiceLine.single(LineKind.FEE, "Pro", Money.of("100.00"), VAT));
        cancelled.credit(Money.of("120.00"));
        assertThat(cancelled.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(InvoiceStatus.CREDITED);

        Invoice paidThenCancelled = issued(InvoiceLine.single(LineKind.FEE, "Pro", Money.of("100.00"), VAT));
        paidThenCancelled.pay(Money.of("120.00"));
        paidThenCancelled.credit(Money.of("120.00"));
        assertThat(paidThenCancelled.statusOn(LocalDate.of(2026, 12, 2))).isEqualTo(InvoiceStatus.CREDITED);

        Invoice corrected = issued(InvoiceLine.single(LineKind.FEE, "Pro", Money.of("100.00"), VAT));
        corrected.credit(Money.of("20.00"));
        corrected.pay(Money.of("100.00"));
        assertThat(corrected.statusOn(LocalDate.of(2026, 12, 2))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    @DisplayName("credit notes never credit more than the invoice, and what was paid comes back as credit")
    void credits() {
        Invoice invoice = issued(InvoiceLine.single(LineKind.FEE, "Pro", Money.of("100.00"), VAT));
        invoice.pay(Money.of("100.00"));
        assertThat(invoice.credit(Money.of("20.00"))).isEqualTo(Money.of("0.00"));
        assertThat(invoice.balance()).isEqualTo(Money.ZERO);
        assertThat(invoice.credit(Money.of("30.00"))).isEqualTo(Money.of("30.00"));
        assertThatThrownBy(() -> invoice.credit(Money.of("70.01")))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.CREDIT_ABOVE_INVOICE);
    }

    @Test
    @DisplayName("numbers in a series are consecutive, six digits, prefixed by kind and year")
    void numbers() {
        NumberSeries series = new NumberSeries(InvoiceKind.CREDIT_NOTE.series(2026));
        assertThat(series.next()).isEqualTo("AV-2026-000001");
        assertThat(series.next()).isEqualTo("AV-2026-000002");
    }

    @Test
    @DisplayName("VAT: French buyers and EU consumers pay French VAT, EU businesses reverse-charge, others none")
    void vatTreatment() {
        assertThat(VatTreatment.of("FR", "FR44732829320")).isEqualTo(VatTreatment.FRENCH_VAT);
        assertThat(VatTreatment.of(null, null)).isEqualTo(VatTreatment.FRENCH_VAT);
        assertThat(VatTreatment.of("DE", null)).isEqualTo(VatTreatment.FRENCH_VAT);
        assertThat(VatTreatment.of("DE", "DE123456789")).isEqualTo(VatTreatment.EU_REVERSE_CHARGE);
        assertThat(VatTreatment.of("US", null)).isEqualTo(VatTreatment.OUTSIDE_EU);
        assertThat(VatTreatment.of("CH", "CHE123")).isEqualTo(VatTreatment.OUTSIDE_EU);
    }
}
