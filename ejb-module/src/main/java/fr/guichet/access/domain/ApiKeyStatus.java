package fr.guichet.access.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * Where a key stands at a given instant. {@link #ROTATING}: replaced by a new key but still accepted until the
 * end of its grace period, after which it is {@link #EXPIRED}. Only {@link #ACTIVE} and {@link #ROTATING}
 * keys authenticate.
 */
public enum ApiKeyStatus {
    ACTIVE,
    ROTATING,
    EXPIRED,
    REVOKED;

    /** The status at {@code now} of a key with these dates (each may be null). */
    public static ApiKeyStatus at(Instant now, Instant revokedAt, Instant expiresAt, Instant graceUntil) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return EXPIRED;
        }
        if (graceUntil != null) {
            return now.isBefore(graceUntil) ? ROTATING : EXPIRED;
        }
        return ACTIVE;
    }

    public boolean authenticates() {
        return this == ACTIVE || this == ROTATING;
    }

    /** The lower-case name used on the wire, e.g. {@code rotating}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
