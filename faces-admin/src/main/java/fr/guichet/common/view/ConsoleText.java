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
        String pattern = bundle(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The console's bundle in {@code locale}: English is the base bundle, never the server's default language (a
     * server set to French would otherwise answer English pages in French).
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The page's locale (English outside a Faces request). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
