package fr.guichet.dispatch.v1;

import fr.guichet.common.api.OpenAiError;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a {@code /v1} body larger than {@code guichet.openai.max-body-bytes} with 413 in OpenAI's shape
 * (code {@code request_too_large}) before any of it is read: at once when its {@code Content-Length} says so,
 * otherwise (a chunked body) as soon as reading it passes the limit ({@link LimitedInputStream}). Runs before
 * authentication, so a refused call is never dispatched nor charged.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final String CODE = "request_too_large";

    @Inject
    OpenAiConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = config.maxBodyBytes();
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    static Response tooLarge(long limit) {
        return Response.status(413)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Connection", "close")
                .entity(OpenAiError.of(
                        "The request body is too large: the limit is " + limit + " bytes.",
                        "invalid_request_error",
                        null,
                        CODE))
                .build();
    }
}
