package fr.guichet.billing.erp;

import java.util.Locale;

/** What a task brings to Dolibarr: a client (third party), an invoice or credit note, a payment. */
public enum ErpTaskKind {
    PARTY,
    INVOICE,
    PAYMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
