package fr.guichet.common.api;

import fr.guichet.common.domain.ErrorCode;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Errors raised by JAX-RS itself (unknown path, wrong method, unsupported media type, unreadable body…) →
 * problem details with the same status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String path = uri.getRequestUri().getRawPath();
        String detail;
        ErrorCode code;
        switch (status) {
            case 404 -> {
                code = ErrorCode.NOT_FOUND;
                detail = "No resource at " + path;
            }
            case 405 -> {
                code = ErrorCode.INVALID_REQUEST;
                detail = "Method not allowed on " + path;
            }
            case 406 -> {
                code = ErrorCode.INVALID_REQUEST;
                detail = "Cannot answer in the requested media type";
            }
            case 413 -> {
                code = ErrorCode.INVALID_REQUEST;
                detail = "The request body is too large";
            }
            case 415 -> {
                code = ErrorCode.INVALID_REQUEST;
                detail = "Send the body as application/json";
            }
            case 400 -> {
                code = ErrorCode.INVALID_REQUEST;
                detail = "The request is malformed";
            }
            default -> {
                code = status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_REQUEST;
                detail = e.getResponse().getStatusInfo().getReasonPhrase();
            }
        }
        Response.ResponseBuilder builder = Problems.builder(code, status, detail, path, null, List.of());
        if (e instanceof NotAllowedException) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }
}
