package fr.guichet.billing.service;

import fr.guichet.billing.domain.Buyer;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.InvoiceTotals;
import fr.guichet.billing.domain.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One invoice or credit note in full: its buyer, lines, VAT by rate, payments and the credit notes that correct it. */
public record InvoiceView(
        InvoiceSummary summary,
        String language,
        String creditedInvoiceId,
        String subscriptionId,
        BuyerView buyer,
        List<LineView> lines,
        List<VatView> vat,
        BigDecimal prepaid,
        BigDecimal paid,
        BigDecimal credited,
        String note,
        List<PaymentView> payments,
        List<InvoiceSummary> creditNotes,
        int version) {

    public record BuyerView(
            String name,
            String addressLine1,
            String addressLine2,
            String postalCode,
            String city,
            String country,
            String siren,
            String vatNumber,
            String email,
            String vatTreatment) {

        static BuyerView of(Buyer b) {
            return new BuyerView(
                    b.name(),
                    b.addressLine1(),
                    b.addressLine2(),
                    b.postalCode(),
                    b.city(),
                    b.country(),
                    b.siren(),
                    b.vatNumber(),
                    b.email(),
                    b.vatTreatment().name().toLowerCase(Locale.ROOT));
        }
    }

    public record LineView(
            String kind,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            BigDecimal amountHt) {

        static LineView of(InvoiceLine l) {
            return new LineView(
                    l.kind().name().toLowerCase(Locale.ROOT),
                    l.description(),
                    l.quantity().stripTrailingZeros(),
                    l.unit(),
                    l.unitPrice().stripTrailingZeros(),
                    l.vatRate(),
                    l.amountHt().amount());
        }
    }

    public record VatView(BigDecimal rate, BigDecimal base, BigDecimal amount) {}

    public record PaymentView(
            String id,
            LocalDate receivedOn,
            BigDecimal amount,
            BigDecimal toCredit,
            String method,
            String reference,
            String recordedBy) {

        static PaymentView of(Payment p) {
            return new PaymentView(
                    p.id(),
                    p.receivedOn(),
                    p.amount().amount(),
                    p.toCredit().amount(),
                    p.method().name().toLowerCase(Locale.ROOT),
                    p.reference(),
                    p.recordedBy());
        }
    }

    /** The view a client gets: who recorded each payment (an operator's e-mail) is not theirs to see. */
    public InvoiceView forClient() {
        return new InvoiceView(
                summary,
                language,
                creditedInvoiceId,
                subscriptionId,
                buyer,
                lines,
                vat,
                prepaid,
                paid,
                credited,
                note,
                payments.stream()
                        .map(p -> new PaymentView(
                                p.id(), p.receivedOn(), p.amount(), p.toCredit(), p.method(), p.reference(), null))
                        .toList(),
                creditNotes,
                version);
    }

    static InvoiceView of(Invoice i, LocalDate today, List<Payment> payments, List<Invoice> creditNotes) {
        InvoiceTotals totals = i.totals();
        return new InvoiceView(
                InvoiceSummary.of(i, today),
                i.language(),
                i.creditedInvoiceId().orElse(null),
                i.subscriptionId().orElse(null),
                BuyerView.of(i.buyer()),
                i.lines().stream().map(LineView::of).toList(),
                totals.byRate().stream()
                        .map(r ->
                                new VatView(r.rate(), r.base().amount(), r.vat().amount()))
                        .toList(),
                i.prepaid().amount(),
                i.paid().amount(),
                i.credited().amount(),
                i.note(),
                payments.stream().map(PaymentView::of).toList(),
                creditNotes.stream().map(c -> InvoiceSummary.of(c, today)).toList(),
                i.version());
    }
}
