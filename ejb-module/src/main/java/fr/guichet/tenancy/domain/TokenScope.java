package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.DomainException;
import java.util.Locale;

/** What a personal access token may do: read only (GET), or everything its user may do. */
public enum TokenScope {
    READ_ONLY,
    READ_WRITE;

    /** Whether a call with this HTTP method is allowed: a read-only token only reads. */
    public boolean allows(String method) {
        return this == READ_WRITE || reads(method);
    }

    /** Whether the HTTP method only reads (GET, HEAD, OPTIONS): no CSRF token, and allowed to read-only tokens. */
    public static boolean reads(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /** Parses a scope; anything else is a validation error on {@code field}. */
    public static TokenScope parse(String value, String field) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (TokenScope scope : values()) {
                if (scope.name().equals(name)) {
                    return scope;
                }
            }
        }
        throw DomainException.invalid(field, "must be one of READ_ONLY, READ_WRITE");
    }
}
