package fr.guichet.common.api;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Violation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem-details responses: the one place that turns an {@link ErrorCode} into an HTTP status. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {}

    public static int status(ErrorCode code) {
        return switch (code.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case PAYMENT_REQUIRED -> 402;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
    }

    public static Response of(DomainException e, String instance) {
        Response.ResponseBuilder builder =
                builder(e.code(), status(e.code()), e.getMessage(), instance, null, e.violations());
        e.retryAfter().ifPresent(d -> builder.header(HttpHeaders.RETRY_AFTER, Math.max(1, d.toSeconds())));
        return builder.build();
    }

    public static Response of(ErrorCode code, String detail, String instance) {
        return builder(code, status(code), detail, instance, null, List.of()).build();
    }

    public static Response.ResponseBuilder builder(
            ErrorCode code, int status, String detail, String instance, String errorId, List<Violation> violations) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(detail(code, status, detail, instance, errorId, violations));
    }

    /** The problem body itself, for the few answers written outside JAX-RS. */
    public static ProblemDetail detail(
            ErrorCode code, int status, String detail, String instance, String errorId, List<Violation> violations) {
        return new ProblemDetail(
                "urn:guichet:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                code.title(),
                status,
                Echoes.cut(detail),
                instance,
                code.name(),
                errorId,
                violations.isEmpty() ? null : violations);
    }
}
