package fr.guichet.dispatch.v1;

import fr.guichet.common.api.OpenAiError;
import fr.guichet.common.api.Problems;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Violation;
import fr.guichet.common.persistence.DatabaseFailures;
import fr.guichet.limits.domain.LimitRefusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Every error under {@code /v1}, in OpenAI's error shape; unexpected ones are logged under an id.
 *
 * <p>A {@link DomainException} (also when wrapped by the container) takes the HTTP status of its code
 * ({@link Problems#status}) and an OpenAI {@code code}: {@code model_not_found} (404), {@code no_provider_key}
 * (409: a state the operator or tenant must fix, not a malformed request), {@code provider_rejected} (400, with
 * the provider's message), {@code provider_unavailable} (503, type {@code server_error}, with
 * {@code Retry-After} when known); a validation failure is a 400 whose {@code param} names the field.
 */
@Provider
public class OpenAiErrorMapper implements ExceptionMapper<Throwable> {

    static final String SHOULD_RETRY = "x-should-retry";
    private static final Set<ErrorCode> FINAL = EnumSet.of(
            ErrorCode.INSUFFICIENT_QUOTA,
            ErrorCode.SUBSCRIPTION_REQUIRED,
            ErrorCode.ACCOUNT_SUSPENDED,
            ErrorCode.API_KEY_SUSPENDED);

    private static final System.Logger LOG = System.getLogger(OpenAiErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return of(domain);
            }
            if (cause instanceof RequestTooLargeException tooLarge) {
                return RequestSizeLimit.tooLarge(tooLarge.limit());
            }
        }
        if (DatabaseFailures.unavailable(e)) {
            LOG.log(
                    Level.WARNING,
                    "Database unreachable on " + uri.getRequestUri().getRawPath() + ": " + e);
            return unavailable();
        }
        String path = uri.getRequestUri().getRawPath();
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String message = status == 404
                    ? "Unknown request URL: " + path
                    : status == 405
                            ? "Method not allowed on " + path
                            : web.getResponse().getStatusInfo().getReasonPhrase();
            return json(
                            status,
                            OpenAiError.of(
                                    message, "invalid_request_error", null, status == 404 ? "unknown_url" : null))
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Unexpected error " + errorId + " on " + path, e);
        return json(
                        500,
                        OpenAiError.of(
                                "The server had an error processing your request (error id " + errorId + ")",
                                "server_error",
                                null,
                                null))
                .build();
    }

    /** A broken business rule in OpenAI's shape. */
    static Response of(DomainException e) {
        int status = Problems.status(e.code());
        String message = e.getMessage();
        String param = null;
        if (e.code() == ErrorCode.VALIDATION_FAILED && !e.violations().isEmpty()) {
            Violation first = e.violations().get(0);
            param = first.field();
            message = first.message();
        }
        String type = e.code() == ErrorCode.INSUFFICIENT_QUOTA ? "insufficient_quota" : type(status);
        Response.ResponseBuilder answer = json(status, OpenAiError.of(message, type, param, code(e.code())));
        e.retryAfter().ifPresent(d -> answer.header(HttpHeaders.RETRY_AFTER, Math.max(1, d.toSeconds())));
        if (e instanceof LimitRefusal refusal) {
            refusal.rate().ifPresent(rate -> RateLimitHeaders.add(answer, rate));
        }
        if (FINAL.contains(e.code())) {
            // OpenAI's SDKs retry a 429 unless told not to: waiting cannot fix these.
            answer.header(SHOULD_RETRY, "false");
        }
        return answer.build();
    }

    /** 503 with {@code Retry-After}: what the request needs cannot be decided now (the database is unreachable). */
    static Response unavailable() {
        return json(
                        503,
                        OpenAiError.of(
                                "Guichet cannot reach its database to check this request; please retry " + "shortly.",
                                "server_error",
                                null,
                                "service_unavailable"))
                .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER.toSeconds())
                .build();
    }

    /** OpenAI's error type for a status: server errors are {@code server_error}, the rest request errors. */
    static String type(int status) {
        return status >= 500 ? "server_error" : status == 429 ? "rate_limit_error" : "invalid_request_error";
    }

    /** OpenAI's error code: null for malformed or invalid input (as OpenAI does), else the code in lower case. */
    static String code(ErrorCode code) {
        return switch (code) {
            case INVALID_REQUEST, VALIDATION_FAILED -> null;
            default -> code.wireName();
        };
    }

    private static Response.ResponseBuilder json(int status, OpenAiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }
}
