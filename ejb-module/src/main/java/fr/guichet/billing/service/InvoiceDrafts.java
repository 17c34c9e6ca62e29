package fr.guichet.billing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.Buyer;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.LineKind;
import fr.guichet.billing.domain.VatTreatment;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import fr.guichet.common.domain.Violation;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts an operator writes or edits by hand: free lines for a tenant, a service period, a note. Only a draft may be
 * edited or deleted; an issued invoice answers {@code invoice_issued}.
 */
@Stateless
public class InvoiceDrafts {

    static final int MAX_LINES = 200;

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenantRepository tenants;

    @Inject
    InvoiceQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public InvoiceView create(
            String tenantId, List<DraftLine> lines, LocalDate start, LocalDate end, String note, String actor) {
        Tenant tenant = tenants.find(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        Buyer buyer = Buyers.of(tenant);
        Invoice draft = new Invoice(InvoiceKind.INVOICE, tenantId, buyer, tenant.language(), clock.instant());
        draft.edit(lines(lines, buyer.vatTreatment()), start, end, note(note));
        invoices.add(draft);
        audit.write(actor, tenantId, "billing.invoice.drafted", draft.id(), null);
        return queries.get(null, draft.id());
    }

    public InvoiceView edit(
            String invoiceId,
            List<DraftLine> lines,
            LocalDate start,
            LocalDate end,
            String note,
            int expectedVersion,
            String actor) {
        Invoice draft = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
        draft.requireDraft();
        if (draft.version() != expectedVersion) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION, "The draft was changed meanwhile; reload it");
        }
        draft.edit(lines(lines, draft.buyer().vatTreatment()), start, end, note(note));
        audit.write(actor, draft.tenantId(), "billing.invoice.edited", draft.id(), null);
        invoices.flush();
        return queries.get(null, draft.id());
    }

    public void delete(String invoiceId, String actor) {
        Invoice draft = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
        draft.requireDraft();
        if (draft.subscriptionId().isPresent()) {
            throw new DomainException(
                    ErrorCode.INVOICE_ISSUED,
                    "A draft of the monthly run is not deleted: edit its lines, or issue it and credit it");
        }
        invoices.remove(draft);
        audit.write(actor, draft.tenantId(), "billing.invoice.deleted", draft.id(), null);
    }

    private static List<InvoiceLine> lines(List<DraftLine> given, VatTreatment treatment) {
        Validation v = new Validation();
        v.require(given != null && !given.isEmpty(), "lines", "at least one line");
        v.require(given == null || given.size() <= MAX_LINES, "lines", "at most " + MAX_LINES + " lines");
        v.throwIfInvalid();
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            DraftLine line = given.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                throw DomainException.invalid(at, "must be a line");
            }
            var rate = line.vatRate() == null ? treatment.rate() : line.vatRate();
            if (treatment != VatTreatment.FRENCH_VAT && rate.signum() != 0) {
                throw DomainException.invalid(at + ".vatRate", "must be 0: the buyer owes no French VAT");
            }
            try {
                lines.add(new InvoiceLine(
                        LineKind.MANUAL,
                        line.description(),
                        line.quantity(),
                        line.unit() == null ? "C62" : line.unit(),
                        line.unitPrice(),
                        rate));
            } catch (DomainException e) {
                throw DomainException.invalid(e.violations().stream()
                        .map(x -> new Violation(at + "." + x.field(), x.message()))
                        .toList());
            }
        }
        return lines;
    }

    private static String note(String note) {
        new Validation().optionalTextBlock(note, "note", 1000).throwIfInvalid();
        return Validation.clean(note);
    }
}
