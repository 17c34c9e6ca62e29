package fr.guichet.common.api;

import fr.guichet.common.domain.DomainException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule → its problem details. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        return Problems.of(e, uri.getRequestUri().getRawPath());
    }
}
