package fr.guichet.dispatch.v1;

import fr.guichet.access.domain.ApiKeySecret;
import fr.guichet.access.service.ApiKeyAuthenticator;
import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.common.api.OpenAiError;
import fr.guichet.common.domain.DomainException;
import fr.guichet.limits.service.AbuseGuard;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Authenticates every {@code /v1} call by {@code Authorization: Bearer <API key>}, answering as OpenAI does:
 * no key → 401 (code null); a malformed, unknown, revoked or expired key → 401 {@code invalid_api_key}.
 *
 * <p>Before authentication, a blocked address is refused (429 {@code address_blocked}); each failed
 * authentication counts towards blocking it ({@link AbuseGuard}). Authentication is all this filter does: the
 * standing of the tenant and key (a suspended tenant's key → 403 {@code account_suspended}) and the rate limits are
 * the chat path's first step ({@link fr.guichet.dispatch.chat.ChatPath}). When the database cannot be reached to
 * decide, the answer is 503 with {@code Retry-After}, never 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthFilter implements ContainerRequestFilter {

    private static final System.Logger LOG = System.getLogger(ApiKeyAuthFilter.class.getName());
    static final String CHALLENGE = "Bearer realm=\"Guichet\"";
    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeyAuthenticator keys;

    @Inject
    KeyCaller caller;

    @Inject
    AbuseGuard abuse;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String address = http.getRemoteAddr();
        try {
            abuse.checkAddress(address);
        } catch (DomainException e) {
            request.abortWith(OpenAiErrorMapper.of(e));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot check the caller's address now: " + e);
            request.abortWith(OpenAiErrorMapper.unavailable());
            return;
        }
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            request.abortWith(unauthorized(OpenAiError.of(
                    "You didn't provide an API key. You need to provide your "
                            + "API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). "
                            + "Tenant admins create API keys in the Guichet portal.",
                    "invalid_request_error",
                    null,
                    null)));
            return;
        }
        Optional<KeyPrincipal> principal;
        try {
            principal = keys.authenticate(token);
        } catch (RuntimeException e) {
            // The key could not be looked up (database unreachable): undecided, not unauthenticated.
            LOG.log(Level.WARNING, "Cannot authenticate an API key now: " + e);
            request.abortWith(OpenAiErrorMapper.unavailable());
            return;
        }
        if (principal.isEmpty()) {
            abuse.failedAuthentication(address);
            request.abortWith(unauthorized(OpenAiError.of(
                    "Incorrect API key provided: " + masked(token)
                            + ". Tenant admins find and create API keys in the Guichet portal.",
                    "invalid_request_error",
                    null,
                    "invalid_api_key")));
            return;
        }
        caller.set(principal.get());
    }

    /** The token of a Bearer header (scheme case-insensitive), or null when there is none. */
    static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    /** Enough of a presented key to recognise it, never enough to use it: like OpenAI, the ends only. */
    static String masked(String token) {
        Optional<ApiKeySecret> secret = ApiKeySecret.parse(token);
        if (secret.isPresent()) {
            return secret.get().toString();
        }
        return token.length() < 12 ? "***" : token.substring(0, 3) + "***" + token.substring(token.length() - 4);
    }

    private static Response unauthorized(OpenAiError body) {
        return json(Response.Status.UNAUTHORIZED, body)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    private static Response.ResponseBuilder json(Response.Status status, OpenAiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }
}
