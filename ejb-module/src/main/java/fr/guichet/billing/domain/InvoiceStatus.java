package fr.guichet.billing.domain;

import java.util.Locale;

/**
 * The life of an invoice as clients and operators see it. Only {@link #DRAFT} and {@link #ISSUED}-or-later are
 * stored; paid, partially paid and overdue follow from the payments and the due date (see {@link Invoice#statusOn}).
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    OVERDUE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
