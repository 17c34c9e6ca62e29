package fr.guichet.common.api;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads an {@code /api} JSON body once with JSON-P's streaming parser before JSON-B maps it, and answers 400 to
 * what JSON-B would let through or choke on: a body nested deeper than {@value JsonShape#MAX_DEPTH} levels (JSON-B recurses,
 * and a thousand brackets overflowed the stack into a 500) and anything after the one JSON value (trailing
 * garbage, a second value), which JSON-B silently ignored; bytes that are not UTF-8, and control characters or
 * direction overrides in any text ({@link JsonText}). A body sent without a length is bounded as
 * {@link BodySizeLimit} bounds the others (413).
 */
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity()
                || type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.contains("/api/webhooks/")) {
            return; // a provider's signed bytes, checked whole by their signature: any text the provider sends
        }
        byte[] body = request.getEntityStream().readNBytes((int) BodySizeLimit.MAX_BYTES + 1);
        if (body.length > BodySizeLimit.MAX_BYTES) {
            request.abortWith(BodySizeLimit.tooLarge(path));
            return;
        }
        try {
            check(body);
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (DomainException e) {
            request.abortWith(Problems.of(e, path));
        }
    }

    /**
     * Refuses a body that is not UTF-8, deeper than {@link JsonShape#MAX_DEPTH}, holding more than one JSON value,
     * or holding a character {@link JsonText} refuses.
     */
    static void check(byte[] body) {
        JsonShape shape = JsonShape.of(body);
        if (shape != JsonShape.OK) {
            throw new DomainException(ErrorCode.INVALID_REQUEST, shape.detail());
        }
        JsonText.problem(body).ifPresent(problem -> {
            throw new DomainException(ErrorCode.INVALID_REQUEST, problem);
        });
    }
}
