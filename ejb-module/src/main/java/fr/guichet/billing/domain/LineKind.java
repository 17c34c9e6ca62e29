package fr.guichet.billing.domain;

/** Where an invoice line comes from. */
public enum LineKind {
    /** The plan's fee for the period (its promotional price while it lasts). */
    FEE,
    /** The share of a fee returned or charged for a change of plan within the period (negative when returned). */
    PRORATION,
    /** A discount the operator granted (negative). */
    DISCOUNT,
    /** API keys beyond those the fee includes. */
    EXTRA_KEYS,
    /** Served requests beyond the monthly quota. */
    OVERAGE_REQUESTS,
    /** Tokens beyond the monthly token quota. */
    OVERAGE_TOKENS,
    /** The provider cost of served calls, passed through with a margin. */
    USAGE,
    /** Days covered by licensed access (negative). */
    LICENSED_DAYS,
    /** A line an operator wrote. */
    MANUAL
}
