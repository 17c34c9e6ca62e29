package fr.guichet.billing.erp;

/**
 * Dolibarr did not do what was asked, with why in words an operator can act on. {@link Kind} says what the sync
 * does about it: try again later, halt until the key is fixed, or stop the task until an operator retries it.
 */
public class DolibarrException extends RuntimeException {

    public enum Kind {
        /** Not reached, timed out, a 5xx without a reason, or an answer that is not Dolibarr's JSON: retried. */
        UNAVAILABLE,
        /** 401: the API key is wrong, disabled or expired; the whole sync halts and says so. */
        KEY_REFUSED,
        /** A 4xx (bad data, missing rights) or a 5xx that names what Dolibarr refused: retrying would not help. */
        REFUSED
    }

    private final Kind kind;
    private final int status;

    public DolibarrException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public DolibarrException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status Dolibarr answered; 0 when it answered nothing. */
    public int status() {
        return status;
    }
}
