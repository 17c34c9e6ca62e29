package fr.guichet.tenancy.web;

import fr.guichet.tenancy.domain.Slug;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client portal's pages, at the tenant's own address: {@code /portal/{slug}/} (sign-in, forgotten password)
 * {@code /portal/{slug}/password} (choosing a password through a mailed one-time link) and {@code /portal/{slug}/export}
 * (downloading a data export through its mailed link). The pages are static;
 * they read the slug from the address and talk to {@code /api/portal}.
 */
@WebServlet(urlPatterns = "/portal/*")
public class PortalPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * {@code /{slug}}, {@code /{slug}/}, {@code /{slug}/password} or {@code /{slug}/export} (downloading a data export
     * through its mailed link); the slug's shape is checked by {@link Slug}.
     */
    private static final Pattern PAGE = Pattern.compile("^/([^/]+)(/|/password|/export)?$");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher page = PAGE.matcher(path);
        if (!page.matches() || !Slug.matches(page.group(1))) {
            notFound(response);
            return;
        }
        if (page.group(2) == null) {
            String query = request.getQueryString();
            response.sendRedirect(
                    request.getContextPath() + "/portal/" + page.group(1) + "/" + (query == null ? "" : "?" + query));
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        String file = switch (page.group(2)) {
            case "/password" -> "password.html";
            case "/export" -> "export.html";
            default -> "signin.html";
        };
        response.setContentType("text/html;charset=UTF-8");
        // Written from WEB-INF, where no one opens it without these headers (Liberty does not forward there).
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/portal-pages/" + file)) {
            if (in == null) {
                notFound(response);
                return;
            }
            in.transferTo(response.getOutputStream());
        }
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Not found</title>"
                                + "</head><body><main><h1>This page does not exist</h1><p>Your portal is at the address"
                                + " your welcome e-mail gave: /portal/<em>your-organisation</em>/.</p>"
                                + "<p lang=\"fr\">Cette page n’existe pas. Votre portail est à l’adresse donnée par"
                                + " votre e-mail de bienvenue : /portal/<em>votre-organisation</em>/.</p>"
                                + "</main></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
