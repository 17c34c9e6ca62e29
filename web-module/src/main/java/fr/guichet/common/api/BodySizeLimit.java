package fr.guichet.common.api;

import fr.guichet.common.domain.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Refuses an {@code /api} body larger than 1 MiB with 413 before reading it. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge(request.getUriInfo().getRequestUri().getRawPath()));
        }
    }

    /** The 413 problem of a body over {@link #MAX_BYTES}, also for one found too large while reading it. */
    static Response tooLarge(String path) {
        return Problems.builder(
                        ErrorCode.INVALID_REQUEST,
                        413,
                        "The request body is larger than " + MAX_BYTES + " bytes",
                        path,
                        null,
                        List.of())
                .build();
    }
}
