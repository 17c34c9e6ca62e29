package fr.guichet.common.view;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's words for the views' own messages (growls, dialog texts), in the page's language: the bundle the
 * pages read as {@code msg}.
 */
public final class ConsoleText {

    static final String BUNDLE = "fr.guichet.common.view.messages";

    private ConsoleText() {}

    /** The text of {@code key}, with {@code {0}}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        return in(locale(), key, arguments);
    }

    /** The text of {@code key} in {@code locale}. */
    public static String in(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The page's locale (English outside a Faces request). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
