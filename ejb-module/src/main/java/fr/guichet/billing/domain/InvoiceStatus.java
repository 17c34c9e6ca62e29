package fr.guichet.billing.domain;

import java.util.Locale;

/**
 * The life of an invoice as clients and operators see it. Only {@link #DRAFT} and {@link #ISSUED}-or-later are
 * stored; paid, partially paid, overdue and credited follow from the payments, credit notes and the due date (see
 * {@link Invoice#statusOn}). {@link #CREDITED}: credit notes cancel the whole invoice. A credit note itself is
 * {@link #ISSUED}.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    OVERDUE,
    CREDITED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
