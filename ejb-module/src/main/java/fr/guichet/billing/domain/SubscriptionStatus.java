package fr.guichet.billing.domain;

import java.util.Locale;

/** Where a subscription stands. */
public enum SubscriptionStatus {
    /** In its free trial: nothing is billed before its billing start. */
    TRIALING,
    /** Billed every period. */
    ACTIVE,
    /** Ended (cancelled at once, or at the end of the period it was cancelled in): billed up to its end. */
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
