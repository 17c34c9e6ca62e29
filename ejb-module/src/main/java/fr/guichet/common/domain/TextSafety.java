package fr.guichet.common.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters that have no place in what Guichet stores and shows: control characters (NUL, ESC, DEL…; a text
 * block keeps tab and line breaks), the invisible overrides that reverse the direction of text (U+202E and its
 * kin, used to disguise names and file extensions), lone halves of surrogate pairs (not text at all) and the
 * noncharacters U+FFFE and U+FFFF. Single-line text also refuses the Unicode line and paragraph separators.
 */
public final class TextSafety {

    private TextSafety() {}

    /** What is wrong with the text, in words ("holds the control character U+001B"); empty when it is safe. */
    public static Optional<String> problem(String text, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("holds half of a surrogate pair (" + code(c) + "), which is not text");
            }
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(
                        "holds the control character " + code(c) + (multiline ? "" : "; it must be one line"));
            }
            if (bidiControl(c)) {
                return Optional.of("holds the invisible direction override " + code(c));
            }
            if (c == '\uFFFE' || c == '\uFFFF' || (!multiline && (c == '\u2028' || c == '\u2029'))) {
                return Optional.of("holds the character " + code(c) + ", which is not allowed");
            }
        }
        return Optional.empty();
    }

    /**
     * The embeddings, overrides and isolates that reorder the text after them (U+202A–U+202E, U+2066–U+2069), as
     * used to disguise names and file extensions. The plain marks (LRM, RLM, ALM) are normal in Arabic, Hebrew and
     * Persian text and pass.
     */
    static boolean bidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
