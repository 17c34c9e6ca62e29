package fr.guichet.common.domain;

/**
 * The catalogue of stable error codes. A code never changes meaning once published: clients match on it.
 * Each code belongs to a {@link Kind}, which the web layer maps to an HTTP status.
 */
public enum ErrorCode {
    INVALID_REQUEST(Kind.INVALID, "The request is malformed"),
    VALIDATION_FAILED(Kind.INVALID, "The request is not valid"),
    AUTHENTICATION_REQUIRED(Kind.UNAUTHENTICATED, "Authentication is required"),
    INVALID_CREDENTIALS(Kind.UNAUTHENTICATED, "Invalid credentials"),
    FORBIDDEN(Kind.FORBIDDEN, "Not allowed"),
    CSRF_TOKEN_INVALID(Kind.FORBIDDEN, "Missing or invalid CSRF token"),
    NOT_FOUND(Kind.NOT_FOUND, "Not found"),
    TENANT_NOT_FOUND(Kind.NOT_FOUND, "Tenant not found"),
    USER_NOT_FOUND(Kind.NOT_FOUND, "User not found"),
    SLUG_TAKEN(Kind.CONFLICT, "Slug already in use"),
    EMAIL_TAKEN(Kind.CONFLICT, "E-mail already in use"),
    INVALID_STATUS_TRANSITION(Kind.CONFLICT, "Status change not allowed"),
    LAST_TENANT_ADMIN(Kind.CONFLICT, "A tenant keeps at least one enabled administrator"),
    CONCURRENT_MODIFICATION(Kind.CONFLICT, "Changed by someone else"),
    TOO_MANY_ATTEMPTS(Kind.RATE_LIMITED, "Too many attempts"),
    SERVICE_UNAVAILABLE(Kind.UNAVAILABLE, "Service temporarily unavailable"),
    INTERNAL_ERROR(Kind.INTERNAL, "Internal error");

    /** The family of a code; one HTTP status per family, chosen by the web layer. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED, UNAVAILABLE, INTERNAL }

    private final Kind kind;
    private final String title;

    ErrorCode(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
