package fr.guichet.billing.service;

import fr.guichet.billing.document.InvoicePdf;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceFile;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.persistence.RowExists;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * Makes an issued invoice's PDF and Factur-X once, right after the issue is committed (outside the numbering lock,
 * so numbering never waits for a render). Should that fail, the first download makes them; two servers making them
 * at once keep one.
 */
@Stateless
public class InvoiceRendering {

    private static final System.Logger LOG = System.getLogger(InvoiceRendering.class.getName());

    @Inject
    InvoiceRepository invoices;

    @Inject
    CompanySettings company;

    @Inject
    InvoicePdf pdf;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvoiceIssued issued) {
        try {
            make(issued.invoiceId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Invoice " + issued.number() + " has no documents yet (made on download): " + e);
        }
    }

    /** The seller frozen at issue (invoices issued before it was kept: today's company). */
    private fr.guichet.billing.domain.CompanyTerms seller(Invoice invoice) {
        return invoice.seller()
                .map(fr.guichet.billing.domain.Seller::terms)
                .orElseGet(() -> company.get().terms());
    }

    /** Makes the documents of an issued invoice unless they exist. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void make(String invoiceId) {
        if (invoices.file(invoiceId).isPresent()) {
            return;
        }
        Invoice invoice = invoices.find(invoiceId).orElseThrow();
        Invoice credited = invoice.creditedInvoiceId().flatMap(invoices::find).orElse(null);
        InvoicePdf.Rendered rendered = pdf.render(InvoiceDocuments.of(invoice, seller(invoice), credited));
        try {
            RowExists.insert("documents of " + invoiceId, () -> {
                invoices.add(new InvoiceFile(invoiceId, rendered.pdf(), rendered.xml(), clock.instant()));
                invoices.flush();
            });
        } catch (RowExists madeByAnother) {
            // Another server made them first: theirs are kept.
        }
    }
}
