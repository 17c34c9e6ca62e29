package fr.guichet.common.persistence;

import java.util.Locale;

/**
 * Patterns for {@code LIKE ... ESCAPE '\'} built from what a person typed: its {@code %}, {@code _} and {@code \} match
 * themselves. Text is stripped and lower-cased (compare it with {@code lower(column)}).
 */
public final class LikePattern {

    /** The escape clause to write after the pattern's parameter, in JPQL or SQL. */
    public static final String ESCAPE = " escape '\\'";

    private LikePattern() {}

    /** Text containing {@code typed}; the empty string when nothing was typed. */
    public static String contains(String typed) {
        String text = escaped(typed);
        return text.isEmpty() ? "" : "%" + text + "%";
    }

    /** Text starting with {@code typed}; the empty string when nothing was typed. */
    public static String startsWith(String typed) {
        String text = escaped(typed);
        return text.isEmpty() ? "" : text + "%";
    }

    private static String escaped(String typed) {
        return typed == null
                ? ""
                : typed.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
    }
}
