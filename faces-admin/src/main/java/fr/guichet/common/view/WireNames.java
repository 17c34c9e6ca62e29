package fr.guichet.common.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the console writes a wire name in words: "last_chance" reads "Last chance", none reads "—". */
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
}
