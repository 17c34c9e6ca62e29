package fr.guichet.common.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.UUID;

/**
 * The error page (web.xml) of a request the web container refused before any filter ran — an encoded {@code /},
 * {@code \} or NUL in the address ({@code CWWWC0005I}): a 400 in the caller's format, by the address it asked for,
 * instead of Liberty's HTML page naming its own classes.
 */
@WebServlet(urlPatterns = RejectedRequestServlet.PATH)
public class RejectedRequestServlet extends HttpServlet {

    static final String PATH = "/errors/rejected";
    /** The message id of the web container's refusal of an address. */
    private static final String CONTAINER_REFUSAL = "CWWWC0005I";

    private static final System.Logger LOG = System.getLogger(RejectedRequestServlet.class.getName());
    private static final long serialVersionUID = 1L;
    private static final String DETAIL =
            "The address holds an encoded character that is not allowed in it (an encoded '/', '\\', NUL or "
                    + "'.' segment); send it unencoded, or as a query or body value";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = asked instanceof String uri ? uri : "";
        String context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        response.resetBuffer();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && String.valueOf(t.getMessage()).contains(CONTAINER_REFUSAL)) {
            BadRequestAnswer.write(response, path, DETAIL);
            return;
        }
        // Any other I/O failure that reached the container is the server's, not the caller's.
        String id = UUID.randomUUID().toString();
        LOG.log(
                Level.ERROR,
                "Request to " + path + " failed (" + id + ")",
                failure instanceof Throwable thrown ? thrown : null);
        BadRequestAnswer.write(response, 500, path, "An unexpected error occurred (reference " + id + ")");
    }
}
