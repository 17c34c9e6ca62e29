package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Issues a draft: it is addressed to the tenant's billing identity as it stands now, numbered and frozen (see
 * {@link InvoiceNumbering}). Its PDF and Factur-X are made once the issue is committed ({@link InvoiceFiles}).
 */
@Stateless
public class IssueInvoiceService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenantRepository tenants;

    @Inject
    InvoiceNumbering numbering;

    @Inject
    InvoiceQueries queries;

    public InvoiceView issue(String invoiceId, int expectedVersion, String actor) {
        Invoice draft = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
        draft.requireDraft();
        if (expectedVersion >= 0 && draft.version() != expectedVersion) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "The draft was changed meanwhile; reload it");
        }
        tenants.find(draft.tenantId()).ifPresent(t -> draft.addressTo(Buyers.of(t), t.language()));
        numbering.issue(draft, actor);
        invoices.flush();
        return queries.get(null, invoiceId);
    }
}
