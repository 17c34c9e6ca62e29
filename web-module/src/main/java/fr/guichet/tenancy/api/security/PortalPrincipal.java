package fr.guichet.tenancy.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What a portal session remembers: the user, their tenant, the session's CSRF token, which every state-changing
 * call must echo in the {@value #CSRF_HEADER} header, and when the user signed in: a password chosen since then
 * (a reset) ends the session.
 */
public record PortalPrincipal(String userId, String tenantId, String csrfToken, Instant signedInAt)
        implements Serializable {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = PortalPrincipal.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Starts a fresh session (a new id, against session fixation) for a user who just signed in. */
    public static PortalPrincipal open(HttpServletRequest request, String userId, String tenantId, Instant now) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        PortalPrincipal principal = new PortalPrincipal(
                userId, tenantId, Base64.getUrlEncoder().withoutPadding().encodeToString(token), now);
        request.getSession(true).setAttribute(ATTRIBUTE, principal);
        return principal;
    }

    /** The same session, counted as signed in now: after the user changed their own password in it. */
    public static void renew(HttpServletRequest request, Instant now) {
        of(request)
                .ifPresent(p -> request.getSession()
                        .setAttribute(ATTRIBUTE, new PortalPrincipal(p.userId(), p.tenantId(), p.csrfToken(), now)));
    }

    public static Optional<PortalPrincipal> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((PortalPrincipal) session.getAttribute(ATTRIBUTE));
    }

    public static void close(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
