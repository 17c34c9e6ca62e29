package fr.guichet.billing.repository;

import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.InvoiceStatus;
import java.time.LocalDate;

/**
 * What an invoice list is narrowed to; each part is optional. {@code from}/{@code to} bound the issue date,
 * {@code servedFrom}/{@code servedTo} keep the invoices whose service period overlaps those days, {@code number} is a
 * prefix of the legal number; {@code issuedOnly} leaves drafts out (clients).
 */
public record InvoiceFilter(
        String tenantId,
        InvoiceKind kind,
        InvoiceStatus status,
        LocalDate from,
        LocalDate to,
        LocalDate servedFrom,
        LocalDate servedTo,
        String number,
        boolean issuedOnly) {}
