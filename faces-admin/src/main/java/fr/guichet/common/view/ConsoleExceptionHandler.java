package fr.guichet.common.view;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Iterator;

/**
 * What the console does with exceptions that escape its views.
 * <ul>
 *   <li>An expired view (the session's view states were evicted, or a form was left open too long) reloads
 *       the page; when the session itself has ended, the reload meets {@code OperatorSessionFilter}, which
 *       sends the browser to the sign-in page.</li>
 *   <li>Anything else during an AJAX request is logged, with its stack trace, and the browser goes to the
 *       error page, instead of the request failing silently in the page's script.</li>
 *   <li>Anything else during a full request goes to the container, which logs it and shows the error page
 *       of {@code web.xml}. No page ever shows a stack trace.</li>
 * </ul>
 */
public class ConsoleExceptionHandler extends ExceptionHandlerWrapper {

    private static final System.Logger LOG = System.getLogger(ConsoleExceptionHandler.class.getName());
    private static final String FALLBACK_PAGE = "/index.xhtml";
    private static final String ERROR_PAGE = "/error.xhtml";

    public ConsoleExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean redirected = false;
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            ViewExpiredException expired = find(thrown, ViewExpiredException.class);
            String target;
            if (expired != null) {
                target = reloadTarget(expired.getViewId());
            } else if (faces.getPartialViewContext().isAjaxRequest()) {
                String viewId =
                        faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId();
                LOG.log(Level.ERROR, "Console AJAX request on " + viewId + " failed", thrown);
                target = ERROR_PAGE;
            } else {
                continue;
            }
            // One redirect per response; when it cannot be sent, the Faces implementation's handler decides.
            if (redirected || redirect(faces, target)) {
                events.remove();
                redirected = true;
            }
        }
        getWrapped().handle();
    }

    private static String reloadTarget(String viewId) {
        return viewId != null && viewId.startsWith("/") && !viewId.startsWith("//") ? viewId : FALLBACK_PAGE;
    }

    private static boolean redirect(FacesContext faces, String page) {
        ExternalContext external = faces.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseReset(); // drop whatever half-written markup the failure left behind
            external.redirect(external.getRequestContextPath() + page);
            faces.responseComplete();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
