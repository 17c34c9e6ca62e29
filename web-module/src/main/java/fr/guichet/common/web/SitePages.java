package fr.guichet.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The server's own pages outside the API and the portal: its home ({@code /}), which says where to go (the operator
 * console, or a client's portal at the address its provider gave), and the page of an address that leads nowhere
 * (the web module's 404 error page, web.xml), in French or English by the browser's language. Never Liberty's page,
 * which names its own classes. Addresses under /api and /v1 get their 404 in their own format from JAX-RS.
 */
@WebServlet(urlPatterns = {"", SitePages.NOT_FOUND})
public class SitePages extends HttpServlet {

    static final String NOT_FOUND = "/errors/not-found";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean french = french(request);
        boolean missing = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null
                || NOT_FOUND.equals(request.getServletPath());
        String title = missing ? (french ? "Page introuvable" : "Page not found") : "Guichet";
        String lead = missing
                ? (french
                        ? "Cette adresse ne mène à aucune page de Guichet. Vérifiez-la, ou choisissez ci-dessous."
                        : "This address leads to no page of Guichet. Check it, or choose below.")
                : (french ? "Accès aux assistants d'IA." : "Access to AI assistants.");
        String html = "<!DOCTYPE html><html lang=\"" + (french ? "fr" : "en") + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · Guichet</title><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"/portal-pages/portal.css\"></head><body><main><section>"
                + "<h1 id=\"siteTitle\">" + title + "</h1><p class=\"lead\">" + lead + "</p><ul id=\"siteLinks\">"
                + "<li><a id=\"consoleLink\" href=\"/admin/\">"
                + (french ? "Console de l'opérateur" : "Operator console") + "</a></li><li>"
                + (french
                        ? "Clients : votre espace est à l'adresse que votre fournisseur vous a donnée, de la forme "
                        : "Clients: your portal is at the address your provider gave you, of the form ")
                + "<code>/portal/&lt;" + (french ? "votre-organisation" : "your-organisation") + "&gt;/</code></li>"
                + "<li><a href=\"/openapi/ui/\">" + (french ? "Documentation de l'API" : "API documentation")
                + "</a></li></ul></section></main></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean french(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return lang.toLowerCase(Locale.ROOT).startsWith("fr");
        }
        for (var locales = request.getLocales(); locales.hasMoreElements(); ) {
            String language = locales.nextElement().getLanguage();
            if (language.equals("fr")) {
                return true;
            }
            if (language.equals("en")) {
                return false;
            }
        }
        return false;
    }
}
