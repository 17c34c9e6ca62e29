package fr.guichet.billing.domain;

/** How a client paid. */
public enum PaymentMethod {
    TRANSFER,
    CARD,
    DIRECT_DEBIT,
    CHECK,
    CASH,
    OTHER
}
