package fr.guichet.tenancy.view.security;

import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.service.AuthenticationService;
import fr.guichet.tenancy.service.UserView;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The console's gate (no container-managed security). Lets through the sign-in and error pages and the Faces
 * resources they need (styles, scripts, fonts under {@code /jakarta.faces.resource/}); every other request
 * needs a session holding a {@link SignedInOperator} whose account still exists, is enabled and is an
 * operator. That is re-read on every request, so a disabled operator is cut off at once. Otherwise the
 * session is ended and the browser sent to the sign-in page: a plain redirect, or for a Faces AJAX request a
 * partial-response redirect, which is all the Faces client script understands.
 */
@WebFilter(filterName = "OperatorSessionFilter", urlPatterns = "/*")
public class OperatorSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(OperatorSessionFilter.class.getName());

    /** The sign-in page, relative to the console's context root. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    private static final Set<String> PUBLIC_PAGES = Set.of(LOGIN_PAGE, "/error.xhtml");
    private static final String RESOURCES = ResourceHandler.RESOURCE_IDENTIFIER + "/";

    @Inject
    AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Servlet path and path info are decoded and normalised by the container, unlike the raw URI.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        protectPage(response);
        if (PUBLIC_PAGES.contains(path) || signedIn(request)) {
            chain.doFilter(request, response);
        } else {
            redirectToLogin(request, response);
        }
    }

    private boolean signedIn(HttpServletRequest request) {
        Optional<SignedInOperator> operator = SignedInOperator.of(request);
        if (operator.isEmpty()) {
            return false;
        }
        Optional<UserView> user = authentication
                .activeUser(operator.get().userId())
                .filter(u -> u.role() == Role.OPERATOR && u.tenantId() == null);
        if (user.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "Console session of user {0} closed: no longer an enabled operator",
                    operator.get().userId());
            SignedInOperator.close(request);
            return false;
        }
        SignedInOperator current = SignedInOperator.of(user.get());
        if (!current.equals(operator.get())) {
            current.storeIn(request.getSession());
        }
        return true;
    }

    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<partial-response><redirect url=\"" + target
                            + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    /** Pages show tenants' data and one-time passwords: never cached, never framed. */
    private static void protectPage(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
