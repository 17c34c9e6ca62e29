package fr.guichet.tenancy.api.security;

import fr.guichet.common.api.Problems;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.tenancy.domain.TokenScope;
import fr.guichet.tenancy.service.AuthenticationService;
import fr.guichet.tenancy.service.PortalTokens;
import fr.guichet.tenancy.service.TokenCall;
import fr.guichet.tenancy.service.UserView;
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
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Authenticates portal calls: a personal access token ({@code Authorization: Bearer gpat_…}) when one is sent, else
 * the session cookie. The user is re-read on every call, so a disabled user is cut off at once. Every call of a
 * session that changes state must carry the session's CSRF token; a token's call needs none, and a read-only token
 * only reads.
 */
@Provider
@PortalSession
@Priority(Priorities.AUTHENTICATION)
public class PortalAuthFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AuthenticationService authentication;

    @Inject
    PortalTokens tokens;

    @Inject
    CurrentCaller caller;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            bearer(request, authorization.substring(BEARER.length()).strip(), path);
            return;
        }
        Optional<PortalPrincipal> principal = PortalPrincipal.of(servletRequest);
        Optional<UserView> user = principal.flatMap(p -> authentication
                .activeUser(p.userId(), p.signedInAt())
                .filter(u -> p.tenantId().equals(u.tenantId())));
        if (user.isEmpty()) {
            PortalPrincipal.close(servletRequest);
            request.abortWith(
                    Problems.of(ErrorCode.AUTHENTICATION_REQUIRED, "Sign in with POST /api/portal/login", path));
            return;
        }
        if (!TokenScope.reads(request.getMethod())
                && !sameToken(principal.get().csrfToken(), request.getHeaderString(PortalPrincipal.CSRF_HEADER))) {
            request.abortWith(Problems.of(
                    ErrorCode.CSRF_TOKEN_INVALID,
                    "Send the session's CSRF token in the " + PortalPrincipal.CSRF_HEADER + " header",
                    path));
            return;
        }
        caller.set(user.get());
    }

    /** A personal access token: no session and no CSRF token (no browser sends it by itself), its scope checked. */
    private void bearer(ContainerRequestContext request, String secret, String path) {
        Optional<TokenCall> call = tokens.use(secret, request.getMethod(), path);
        if (call.isEmpty()) {
            request.abortWith(Response.fromResponse(Problems.of(
                            ErrorCode.AUTHENTICATION_REQUIRED, "The access token is unknown, expired or revoked", path))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build());
            return;
        }
        if (!call.get().allowed()) {
            request.abortWith(Problems.of(
                    ErrorCode.TOKEN_READ_ONLY,
                    "The access token \"" + call.get().tokenName() + "\" is read-only: it may only read (GET)",
                    path));
            return;
        }
        caller.set(call.get().user(), call.get().tokenId());
    }

    private static boolean sameToken(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
