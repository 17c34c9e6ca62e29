package fr.guichet.common.domain;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one exception family of Guichet: a broken business rule with a stable {@link ErrorCode}. Thrown through
 * EJB boundaries as is (not wrapped) and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final List<Violation> violations;
    private final Duration retryAfter;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of(), null);
    }

    /** A refusal the caller may try again after {@code retryAfter} (null: no advice); for subclasses. */
    protected DomainException(ErrorCode code, String detail, Duration retryAfter) {
        this(code, detail, List.of(), retryAfter);
    }

    private DomainException(ErrorCode code, String detail, List<Violation> violations, Duration retryAfter) {
        super(detail, null, false, false);
        this.code = code;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    public static DomainException invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are not valid";
        return new DomainException(ErrorCode.VALIDATION_FAILED, detail, violations, null);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static DomainException tooManyAttempts(Duration retryAfter) {
        return new DomainException(
                ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many failed attempts; try again in " + Math.max(1, retryAfter.toSeconds()) + " s",
                List.of(),
                retryAfter);
    }

    /** A failure the caller may try again after {@code retryAfter} (null: no advice). */
    public static DomainException retryLater(ErrorCode code, String detail, Duration retryAfter) {
        return new DomainException(code, detail, List.of(), retryAfter);
    }

    public ErrorCode code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
