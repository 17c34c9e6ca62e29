package fr.guichet.dispatch.v1;

import fr.guichet.limits.domain.RateStatus;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The rate limit's state on every {@code /v1} answer that passed the rate limiter, as OpenAI names it:
 * {@code x-ratelimit-limit-requests}, {@code x-ratelimit-remaining-requests} and
 * {@code x-ratelimit-reset-requests} (time until the bucket is full again, e.g. {@code 6s}). A stream's headers
 * are written before its first event, so streamed answers carry them too.
 */
@Provider
public class RateLimitHeaders implements ContainerResponseFilter {

    static final String PROPERTY = "fr.guichet.dispatch.v1.rate-status";
    static final String LIMIT = "x-ratelimit-limit-requests";
    static final String REMAINING = "x-ratelimit-remaining-requests";
    static final String RESET = "x-ratelimit-reset-requests";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROPERTY) instanceof RateStatus rate
                && !response.getHeaders().containsKey(LIMIT)) {
            response.getHeaders().putSingle(LIMIT, rate.limit());
            response.getHeaders().putSingle(REMAINING, rate.remaining());
            response.getHeaders().putSingle(RESET, rate.reset());
        }
    }

    static void add(Response.ResponseBuilder answer, RateStatus rate) {
        answer.header(LIMIT, rate.limit()).header(REMAINING, rate.remaining()).header(RESET, rate.reset());
    }
}
