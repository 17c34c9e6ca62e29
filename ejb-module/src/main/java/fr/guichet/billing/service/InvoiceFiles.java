package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceFile;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.persistence.RowExists;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Serves the stored documents of issued invoices: the same bytes at every download. A tenant reaches only its own;
 * a draft has no documents (it is not found for a tenant, a conflict for an operator).
 */
@Stateless
public class InvoiceFiles {

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoiceRendering rendering;

    /** A file to download. */
    public record Document(String fileName, byte[] bytes) {}

    public Document pdf(String tenantId, String invoiceId) {
        Invoice invoice = issued(tenantId, invoiceId);
        return new Document(
                invoice.number().orElseThrow() + ".pdf", file(invoiceId).pdf());
    }

    public Document facturX(String tenantId, String invoiceId) {
        Invoice invoice = issued(tenantId, invoiceId);
        return new Document(
                invoice.number().orElseThrow() + "-factur-x.xml",
                file(invoiceId).facturX());
    }

    /** The view, when the tenant may see it: clients see issued documents only. */
    public InvoiceView requireIssued(String tenantId, InvoiceView view) {
        if (view.summary().number() == null) {
            throw new DomainException(
                    ErrorCode.INVOICE_NOT_FOUND,
                    "No invoice with id " + view.summary().id());
        }
        return view;
    }

    private Invoice issued(String tenantId, String invoiceId) {
        Invoice invoice = queries.require(tenantId, invoiceId);
        if (!invoice.issued()) {
            throw tenantId == null
                    ? new DomainException(ErrorCode.INVOICE_NOT_ISSUED, "A draft has no documents: issue it first")
                    : new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId);
        }
        return invoice;
    }

    private InvoiceFile file(String invoiceId) {
        return invoices.file(invoiceId).orElseGet(() -> {
            try {
                rendering.make(invoiceId);
            } catch (RowExists ignored) {
                // made meanwhile
            }
            return invoices.file(invoiceId).orElseThrow();
        });
    }
}
