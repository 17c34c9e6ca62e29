package fr.guichet.privacy.domain;

import java.util.Locale;

/** Why a tenant's personal data is to be erased. */
public enum ErasureReason {
    /** The tenant was cancelled (unpaid, or by an operator): its data goes once its retention has passed. */
    CANCELLED,
    /** The client's administrator asked for the account's deletion: its data goes after the grace period. */
    REQUESTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
