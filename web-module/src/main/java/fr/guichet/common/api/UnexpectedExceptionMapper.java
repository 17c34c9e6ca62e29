package fr.guichet.common.api;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.persistence.DatabaseFailures;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anything else. Known causes wrapped by the container (a domain exception, a lost optimistic lock, an
 * unreadable body) get their own answer; the rest is a 500 whose body carries only an error id, and whose
 * stack trace goes to the log under that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        String path = uri.getRequestUri().getRawPath();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Problems.of(domain, path);
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.of(
                        ErrorCode.CONCURRENT_MODIFICATION,
                        "Someone else changed this resource meanwhile: read it again and retry",
                        path);
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return Problems.of(ErrorCode.INVALID_REQUEST, describeBodyError(cause), path);
            }
        }
        if (DatabaseFailures.unavailable(e)) {
            LOG.log(Level.WARNING, "Database unreachable on " + path + ": " + e);
            Response.ResponseBuilder answer = Problems.builder(
                    ErrorCode.SERVICE_UNAVAILABLE,
                    503,
                    "The database cannot be reached right now; please retry shortly",
                    path,
                    null,
                    List.of());
            return answer.header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER.toSeconds())
                    .build();
        }
        if (e instanceof ProcessingException) {
            return Problems.of(ErrorCode.INVALID_REQUEST, "The request body cannot be read", path);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Unexpected error " + errorId + " on " + path, e);
        return Problems.builder(
                        ErrorCode.INTERNAL_ERROR,
                        500,
                        "An unexpected error occurred; quote error id " + errorId + " to the operator",
                        path,
                        errorId,
                        List.of())
                .build();
    }

    static String describeBodyError(Throwable e) {
        String field = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException) {
                return "The request body is not valid JSON";
            }
            Matcher m = cause.getMessage() == null ? null : PROPERTY.matcher(cause.getMessage());
            if (m != null && m.find()) {
                field = m.group(1);
            }
        }
        return field == null
                ? "The request body does not match the expected shape (check the type of each field)"
                : "The field '" + field + "' has the wrong type";
    }
}
