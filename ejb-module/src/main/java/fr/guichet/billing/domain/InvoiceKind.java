package fr.guichet.billing.domain;

/** An invoice, or a credit note (avoir) that corrects one; each has its own number series. */
public enum InvoiceKind {
    INVOICE("INV"),
    CREDIT_NOTE("AV");

    private final String prefix;

    InvoiceKind(String prefix) {
        this.prefix = prefix;
    }

    /** The number series of a year: {@code INV-2026}, {@code AV-2026}. */
    public String series(int year) {
        return prefix + "-" + year;
    }
}
