package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.LineKind;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import fr.guichet.common.domain.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * Corrects an issued invoice with a credit note (avoir), issued at once under its own series: in full (the invoice's
 * lines again) or in part (an amount HT at the invoice's VAT rate, with a reason). A credit note never credits more
 * than the invoice still has uncredited; what it credits beyond the unpaid balance was paid, and goes to the client's
 * credit balance.
 */
@Stateless
public class IssueCreditNoteService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditBalances credits;

    @Inject
    DunningService dunning;

    @Inject
    InvoiceNumbering numbering;

    @Inject
    InvoiceQueries queries;

    @Inject
    Clock clock;

    /** {@code amountHt} null: the whole invoice (allowed only while nothing was credited yet). */
    public InvoiceView credit(String invoiceId, BigDecimal amountHt, String reason, String actor) {
        new Validation().textBlock(reason, "reason", 3, 500).throwIfInvalid();
        Invoice invoice = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
        if (invoice.kind() != InvoiceKind.INVOICE || !invoice.issued()) {
            throw new DomainException(ErrorCode.INVOICE_NOT_ISSUED, "Only an issued invoice is credited");
        }
        List<InvoiceLine> lines = amountHt == null ? fullCredit(invoice) : partialCredit(invoice, amountHt, reason);
        Invoice note = new Invoice(
                        InvoiceKind.CREDIT_NOTE,
                        invoice.tenantId(),
                        invoice.buyer(),
                        invoice.language(),
                        clock.instant())
                .crediting(invoice);
        note.edit(lines, invoice.periodStart(), invoice.periodEnd(), reason.strip());
        Money creditedHt = invoices.creditNotesOf(invoice.id()).stream()
                .map(Invoice::totalHt)
                .reduce(Money.ZERO, Money::plus);
        Money leftHt = invoice.totalHt().minus(creditedHt);
        if (note.totalHt().compareTo(leftHt) > 0) {
            throw new DomainException(
                    ErrorCode.CREDIT_ABOVE_INVOICE,
                    "The credit note " + note.totalHt() + " HT is more than the " + leftHt + " HT left to credit");
        }
        // Each credit note rounds its own VAT: the one that credits the last of the HT credits what is left in TTC.
        boolean last = note.totalHt().compareTo(leftHt) == 0;
        Money toCredit = invoice.credit(last ? invoice.totalTtc().minus(invoice.credited()) : note.totalTtc());
        invoices.add(note);
        // The client's credit row is locked before the issue's event locks its sync queue: the order invoicing
        // takes them in too (credit, then queue), so two issues for one client never wait on each other.
        if (toCredit.isPositive()) {
            credits.add(invoice.tenantId(), toCredit);
        }
        numbering.issue(note, actor);
        invoices.flush();
        dunning.settle(invoice.id());
        return queries.get(null, note.id());
    }

    private static List<InvoiceLine> fullCredit(Invoice invoice) {
        if (invoice.credited().isPositive()) {
            throw new DomainException(
                    ErrorCode.CREDIT_ABOVE_INVOICE,
                    "Part of the invoice was credited already: credit the rest as an amount");
        }
        return invoice.lines();
    }

    private static List<InvoiceLine> partialCredit(Invoice invoice, BigDecimal amountHt, String reason) {
        Validation v = new Validation();
        v.require(amountHt.signum() > 0, "amountHt", "must be positive");
        v.require(amountHt.compareTo(new BigDecimal("99999999.99")) <= 0, "amountHt", "is too large");
        v.require(amountHt.stripTrailingZeros().scale() <= 2, "amountHt", "at most 2 decimals");
        v.throwIfInvalid();
        List<BigDecimal> rates =
                invoice.lines().stream().map(InvoiceLine::vatRate).distinct().toList();
        if (rates.size() != 1) {
            throw DomainException.invalid("amountHt", "the invoice has several VAT rates: credit it in full");
        }
        if (Money.of(amountHt).compareTo(invoice.totalHt()) > 0) {
            throw new DomainException(
                    ErrorCode.CREDIT_ABOVE_INVOICE,
                    "The credit note is more than the invoice's " + invoice.totalHt() + " HT");
        }
        String label = ("fr".equals(invoice.language()) ? "Avoir sur " : "Credit on ")
                + invoice.number().orElseThrow() + " : " + reason.strip().replaceAll("\\s+", " ");
        return List.of(InvoiceLine.single(
                LineKind.MANUAL,
                label.length() > 500 ? label.substring(0, 500) : label,
                Money.of(amountHt),
                rates.get(0)));
    }
}
