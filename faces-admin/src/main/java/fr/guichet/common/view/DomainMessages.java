package fr.guichet.common.view;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

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
            add(faces, v.field() + ": " + RuleWords.in(ConsoleText.locale(), v.message()));
        }
        faces.validationFailed();
    }

    /**
     * For a form whose inputs are known: each broken rule on its own input, in words ("Slug must not be blank"), the
     * input marked invalid (the theme outlines it); a rule of a field without an input, and an error without rules,
     * in the form's global messages. {@code inputs} maps a field to its input's client id and its label.
     */
    public static void addForFields(FacesContext faces, DomainException e, Map<String, Input> inputs) {
        if (e.violations().isEmpty()) {
            add(faces, e.getMessage());
        }
        for (Violation v : e.violations()) {
            Input input = inputs.get(v.field());
            String label = input == null ? v.field() : input.label();
            String text = label + " " + RuleWords.in(ConsoleText.locale(), v.message());
            if (input == null) {
                add(faces, text);
                continue;
            }
            faces.addMessage(input.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            UIComponent component = faces.getViewRoot().findComponent(input.clientId());
            if (component instanceof UIInput field) {
                Object typed = field.getValue();
                field.setValid(false);
                field.setSubmittedValue(typed == null ? "" : typed.toString()); // an invalid input shows what was typed
            }
        }
        faces.validationFailed();
    }

    /** A form's input as {@link #addForFields} places messages: its client id ({@code form:field}) and its label. */
    public record Input(String clientId, String label) {}

    /** For a notification: the code's title as summary ("Status change not allowed"), the detail below. */
    public static void addAsNotice(FacesContext faces, DomainException e) {
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.code().title(), e.getMessage()));
    }

    private static void add(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
