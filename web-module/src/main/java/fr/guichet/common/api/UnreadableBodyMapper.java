package fr.guichet.common.api;

import fr.guichet.common.domain.ErrorCode;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape (a string where a number belongs…) → 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
        return Problems.of(
                ErrorCode.INVALID_REQUEST,
                UnexpectedExceptionMapper.describeBodyError(e),
                uri.getRequestUri().getRawPath());
    }
}
