package fr.guichet.common.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * How the console writes a wire name in words: "last_chance" reads "Last chance", none reads "—"; with {@link #words}, the
 * bundle's words for it in the page's language ({@code invoice.status.partially_paid}), those above when it has none.
 */
@Named
@ApplicationScoped
public class WireNames {

    public String label(String wireName) {
        if (wireName == null || wireName.isBlank()) {
            return "—";
        }
        String words = wireName.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The words of {@code prefix + wireName} in the page's language: {@code words("invoice.status.", "paid")}. */
    public String words(String prefix, String wireName) {
        if (wireName == null || wireName.isBlank()) {
            return label(wireName);
        }
        ResourceBundle words = ConsoleText.bundle(ConsoleText.locale());
        return words.containsKey(prefix + wireName) ? words.getString(prefix + wireName) : label(wireName);
    }
}
