package fr.guichet.licensing.domain;

import fr.guichet.common.domain.ErrorCode;

/**
 * What checking a license key says, in order of precedence: the first that applies is the answer.
 * {@link #MALFORMED} and {@link #NOT_FOUND} exclude each other: a key whose check character is wrong (a typo) can
 * never be found, so it is told apart from a well-formed key that was never issued. Each refusal has the error code
 * that activation answers with.
 */
public enum LicenseCheckCode {
    NOT_FOUND(ErrorCode.LICENSE_NOT_FOUND),
    MALFORMED(ErrorCode.LICENSE_KEY_MALFORMED),
    REVOKED(ErrorCode.LICENSE_REVOKED),
    SUSPENDED(ErrorCode.LICENSE_SUSPENDED),
    EXPIRED(ErrorCode.LICENSE_EXPIRED),
    NOT_YET_ACTIVE(ErrorCode.LICENSE_NOT_YET_ACTIVE),
    MAX_ACTIVATIONS_REACHED(ErrorCode.LICENSE_MAX_ACTIVATIONS_REACHED),
    VALID(null);

    private final ErrorCode refusal;

    LicenseCheckCode(ErrorCode refusal) {
        this.refusal = refusal;
    }

    /** The error an activation answers with; null for {@link #VALID}. */
    public ErrorCode refusal() {
        return refusal;
    }

    /** Whether the answer says the key is unknown to Guichet: what brute-force counting counts. */
    public boolean unknownKey() {
        return this == NOT_FOUND || this == MALFORMED;
    }
}
