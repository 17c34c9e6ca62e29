package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** An invoice or credit note in a list: numbers, dates, status and amounts (EUR, two decimals). */
public record InvoiceSummary(
        String id,
        String tenantId,
        String kind,
        String number,
        String status,
        LocalDate issueDate,
        LocalDate dueDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        String buyerName,
        BigDecimal totalHt,
        BigDecimal totalVat,
        BigDecimal totalTtc,
        BigDecimal balance) {

    static InvoiceSummary of(Invoice i, LocalDate today) {
        return new InvoiceSummary(
                i.id(),
                i.tenantId(),
                i.kind().name().toLowerCase(Locale.ROOT),
                i.number().orElse(null),
                i.statusOn(today).wireName(),
                i.issueDate(),
                i.dueDate(),
                i.periodStart(),
                i.periodEnd(),
                i.buyer().name(),
                i.totalHt().amount(),
                i.totalVat().amount(),
                i.totalTtc().amount(),
                i.balance().amount());
    }
}
