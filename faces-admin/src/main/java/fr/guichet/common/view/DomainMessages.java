package fr.guichet.common.view;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * The console's one translation of a {@link DomainException} into Faces messages, as the REST layer's
 * problem details do for the API. Messages are global: the page decides where they show by what it updates.
 */
public final class DomainMessages {

    private DomainMessages() {}

    /**
     * For a form: the error, then one line per broken rule ({@code slug: must be ...}); the summary alone
     * carries the text, so show these with {@code showDetail="false"}. Marks validation as failed.
     */
    public static void addForForm(FacesContext faces, DomainException e) {
        List<Violation> violations = e.violations();
        if (violations.size() != 1) {
            // With a single violation the exception's message is that violation: say it once.
            add(faces, e.getMessage());
        }
        for (Violation v : violations) {
            add(faces, v.field() + ": " + v.message());
        }
        faces.validationFailed();
    }

    /** For a notification: the code's title as summary ("Status change not allowed"), the detail below. */
    public static void addAsNotice(FacesContext faces, DomainException e) {
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.code().title(), e.getMessage()));
    }

    private static void add(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
