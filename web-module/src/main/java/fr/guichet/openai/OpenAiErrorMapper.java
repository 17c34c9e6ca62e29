package fr.guichet.openai;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;

/** Every error under {@code /v1}, in OpenAI's error shape; unexpected ones are logged under an id. */
@Provider
public class OpenAiErrorMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(OpenAiErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        String path = uri.getRequestUri().getRawPath();
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String message = status == 404 ? "Unknown request URL: " + path
                    : status == 405 ? "Method not allowed on " + path
                    : web.getResponse().getStatusInfo().getReasonPhrase();
            return json(status, OpenAiError.of(message, "invalid_request_error", null,
                    status == 404 ? "unknown_url" : null));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Unexpected error " + errorId + " on " + path, e);
        return json(500, OpenAiError.of("The server had an error processing your request (error id " + errorId + ")",
                "server_error", null, null));
    }

    private static Response json(int status, OpenAiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
