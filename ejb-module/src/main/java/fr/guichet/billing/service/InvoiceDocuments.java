package fr.guichet.billing.service;

import fr.guichet.billing.document.InvoiceDocument;
import fr.guichet.billing.domain.Buyer;
import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceTotals;
import java.util.Locale;

/** Turns an issued invoice, the operator's company and the invoice it credits into what the documents show. */
final class InvoiceDocuments {

    private InvoiceDocuments() {}

    static InvoiceDocument of(Invoice invoice, CompanyTerms seller, Invoice credited) {
        boolean french = !"en".equals(invoice.language());
        InvoiceTotals totals = invoice.totals();
        return new InvoiceDocument(
                invoice.kind() == InvoiceKind.CREDIT_NOTE
                        ? InvoiceDocument.Kind.CREDIT_NOTE
                        : InvoiceDocument.Kind.INVOICE,
                invoice.number().orElseThrow(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.periodStart() == null ? invoice.issueDate() : invoice.periodStart(),
                invoice.periodEnd() == null ? invoice.issueDate() : invoice.periodEnd(),
                credited == null
                        ? null
                        : new InvoiceDocument.CreditedInvoice(credited.number().orElseThrow(), credited.issueDate()),
                french ? Locale.FRENCH : Locale.ENGLISH,
                seller(seller),
                buyer(invoice.buyer()),
                new InvoiceDocument.Terms(
                        seller.legalForm(),
                        seller.shareCapital(),
                        seller.rcs(),
                        paymentTerms(seller, french),
                        seller.latePenalty(),
                        seller.iban(),
                        seller.bic()),
                InvoiceDocument.VatTreatment.valueOf(
                        invoice.buyer().vatTreatment().name()),
                invoice.lines().stream()
                        .map(l -> new InvoiceDocument.Line(
                                l.description(),
                                l.quantity(),
                                l.unit(),
                                l.unitPrice(),
                                l.vatRate(),
                                l.amountHt().amount()))
                        .toList(),
                totals.byRate().stream()
                        .map(r -> new InvoiceDocument.VatAmount(
                                r.rate(), r.base().amount(), r.vat().amount()))
                        .toList(),
                totals.totalHt().amount(),
                totals.totalVat().amount(),
                totals.totalTtc().amount(),
                invoice.prepaid().amount(),
                totals.totalTtc().minus(invoice.prepaid()).amount());
    }

    private static InvoiceDocument.Party seller(CompanyTerms c) {
        return new InvoiceDocument.Party(
                c.legalName(),
                c.addressLine1(),
                c.addressLine2(),
                c.postalCode(),
                c.city(),
                c.country(),
                c.siren(),
                c.siret(),
                c.vatNumber(),
                c.email(),
                true);
    }

    private static InvoiceDocument.Party buyer(Buyer b) {
        return new InvoiceDocument.Party(
                b.name(),
                b.addressLine1(),
                b.addressLine2(),
                b.postalCode(),
                b.city(),
                b.country(),
                b.siren(),
                null,
                b.vatNumber(),
                b.email(),
                b.business());
    }

    private static String paymentTerms(CompanyTerms c, boolean french) {
        int days = c.paymentDays();
        String iban = c.iban() == null ? "" : (french ? " sur le compte " : " to account ") + c.iban();
        if (days == 0) {
            return french ? "Paiement à réception par virement" + iban : "Payment on receipt by transfer" + iban;
        }
        return french
                ? "Paiement par virement à " + days + " jours" + iban
                : "Payment by transfer within " + days + " days" + iban;
    }
}
