package fr.guichet.billing.domain;

/** A discount an operator grants on a subscription's fee. */
public enum DiscountKind {
    /** A percentage of the fee (0 to 100). */
    PERCENT,
    /** A fixed amount in EUR off the fee, never more than the fee. */
    AMOUNT
}
