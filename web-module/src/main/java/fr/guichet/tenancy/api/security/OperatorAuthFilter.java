package fr.guichet.tenancy.api.security;

import fr.guichet.common.api.Problems;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.tenancy.service.AuthenticationService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates the admin API: HTTP Basic with an operator's e-mail and password. No credentials → 401
 * (with a challenge); a signed-in tenant user → 403; wrong credentials → 401, counted by the throttle.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"Guichet operators\", charset=\"UTF-8\"";

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentCaller caller;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (PortalPrincipal.of(servletRequest).isPresent()) {
                request.abortWith(Problems.of(
                        ErrorCode.FORBIDDEN, "The admin API is for operators; tenant users use /api/portal", path));
            } else {
                request.abortWith(challenge(
                        ErrorCode.AUTHENTICATION_REQUIRED,
                        "Authenticate with an operator's e-mail and password (HTTP Basic)",
                        path));
            }
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.abortWith(challenge(ErrorCode.INVALID_CREDENTIALS, "Malformed Basic credentials", path));
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            request.abortWith(challenge(ErrorCode.INVALID_CREDENTIALS, "Malformed Basic credentials", path));
            return;
        }
        try {
            caller.set(authentication.authenticateOperator(
                    decoded.substring(0, colon), decoded.substring(colon + 1), servletRequest.getRemoteAddr()));
        } catch (DomainException e) {
            request.abortWith(
                    e.code() == ErrorCode.INVALID_CREDENTIALS
                            ? challenge(e.code(), "Invalid operator credentials", path)
                            : Problems.of(e, path));
        }
    }

    private static Response challenge(ErrorCode code, String detail, String path) {
        return Response.fromResponse(Problems.of(code, detail, path))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }
}
