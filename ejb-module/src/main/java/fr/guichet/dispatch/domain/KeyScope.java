package fr.guichet.dispatch.domain;

import fr.guichet.common.domain.DomainException;
import java.util.Locale;

/**
 * Whose provider key it is. A user's personal key beats the tenant's key, which beats the operator's global
 * key. {@link #NONE} is never stored: it is the scope of the "no key needed" answer for a local provider.
 */
public enum KeyScope {
    PERSONAL(0),
    TENANT(1),
    GLOBAL(2),
    NONE(3);

    private final int precedence;

    KeyScope(int precedence) {
        this.precedence = precedence;
    }

    /** Lower wins: personal (0) before tenant (1) before global (2). */
    public int precedence() {
        return precedence;
    }

    /** Parses TENANT or PERSONAL, the scopes a tenant user may name; null gives {@code fallback}. */
    public static KeyScope parse(String value, String field, KeyScope fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (KeyScope scope : values()) {
            if (scope != NONE && scope.name().equals(name)) {
                return scope;
            }
        }
        throw DomainException.invalid(field, "must be one of TENANT, PERSONAL");
    }
}
