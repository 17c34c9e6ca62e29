package fr.guichet.common.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's language: the operator's choice (kept a year in the cookie {@value #COOKIE}, so it outlives the
 * session), else the first of the browser's languages the console speaks, else English. Formats (amounts, dates)
 * follow it through the view's locale.
 */
@Named
@RequestScoped
public class ConsoleLocale {

    static final String COOKIE = "guichet_console_lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final int A_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    /** {@code en} or {@code fr}. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The language switch: remembers the choice and shows the same page again in it. */
    public String choose(String language) {
        Locale chosen = supported(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (chosen != null) {
            locale = chosen;
            faces.getExternalContext()
                    .addResponseCookie(
                            COOKIE,
                            chosen.getLanguage(),
                            Map.of(
                                    "maxAge",
                                    A_YEAR,
                                    "path",
                                    faces.getExternalContext().getRequestContextPath(),
                                    "httpOnly",
                                    true,
                                    "SameSite",
                                    "Strict"));
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    static Locale resolve(ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c && supported(c.getValue()) != null) {
            return supported(c.getValue());
        }
        for (Iterator<Locale> it = external.getRequestLocales(); it.hasNext(); ) {
            Locale wanted = supported(it.next().getLanguage());
            if (wanted != null) {
                return wanted;
            }
        }
        return Locale.ENGLISH;
    }

    static Locale supported(String language) {
        return language == null
                ? null
                : SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equalsIgnoreCase(language.strip()))
                        .findFirst()
                        .orElse(null);
    }
}
