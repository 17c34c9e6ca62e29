package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceStatus;
import fr.guichet.billing.repository.InvoiceFilter;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads invoices: operators over every tenant, a tenant only its own (an invoice of another tenant is "not found",
 * never "forbidden", so its existence does not leak).
 */
@Stateless
public class InvoiceQueries {

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    /** {@code tenantId} null: every tenant (operators). Filters are wire words and ISO dates, each optional. */
    public Page<InvoiceSummary> search(
            String tenantId, String kind, String status, String from, String to, String number, PageRequest page) {
        return search(new Criteria(tenantId, kind, status, from, to, null, number), false, page);
    }

    /** Operators' list, every filter as typed (wire words, ISO dates, a month such as 2026-11). */
    public Page<InvoiceSummary> search(Criteria criteria, PageRequest page) {
        return search(criteria, false, page);
    }

    /** A tenant's issued invoices and credit notes (its clients never see drafts). */
    public Page<InvoiceSummary> issuedOf(String tenantId, String status, PageRequest page) {
        if (status != null && status.strip().equalsIgnoreCase("draft")) {
            throw DomainException.invalid("status", "must be issued, partially_paid, paid, overdue or credited");
        }
        return search(new Criteria(tenantId, null, status, null, null, null, null), true, page);
    }

    /**
     * What an invoice list asks for, as typed: {@code from}/{@code to} bound the issue date, {@code period} (a month,
     * {@code 2026-11}) keeps the invoices whose service period overlaps it; each may be null.
     */
    public record Criteria(
            String tenantId, String kind, String status, String from, String to, String period, String number) {}

    private Page<InvoiceSummary> search(Criteria c, boolean issuedOnly, PageRequest page) {
        new Validation().optionalText(c.number(), "number", 32).throwIfInvalid();
        java.time.YearMonth month = month(c.period());
        InvoiceFilter filter = new InvoiceFilter(
                c.tenantId() == null || c.tenantId().isBlank()
                        ? null
                        : c.tenantId().strip(),
                parse(InvoiceKind.class, c.kind(), "kind"),
                parse(InvoiceStatus.class, c.status(), "status"),
                date(c.from(), "from"),
                date(c.to(), "to"),
                month == null ? null : month.atDay(1),
                month == null ? null : month.atEndOfMonth(),
                c.number() == null || c.number().isBlank()
                        ? null
                        : c.number().strip().toUpperCase(Locale.ROOT),
                issuedOnly);
        LocalDate today = today();
        return invoices.search(filter, today, page).map(i -> InvoiceSummary.of(i, today));
    }

    public InvoiceView get(String tenantId, String invoiceId) {
        Invoice invoice = require(tenantId, invoiceId);
        return InvoiceView.of(invoice, today(), invoices.payments(invoiceId), invoices.creditNotesOf(invoiceId));
    }

    public Invoice require(String tenantId, String invoiceId) {
        return invoices.find(invoiceId)
                .filter(i -> tenantId == null || i.tenantId().equals(tenantId))
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone.zone());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "unknown value '" + value + "'");
        }
    }

    private static java.time.YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("period", "must be a month such as 2026-11");
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date such as 2026-12-31");
        }
    }
}
