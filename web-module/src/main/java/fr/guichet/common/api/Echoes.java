package fr.guichet.common.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the caller's own values short when an error message quotes them ({@code The model '…' does not exist}):
 * a quoted value longer than {@value #LIMIT} characters is cut there and ends with "…", so that a 100 KB model name
 * does not come back as a 100 KB error. Applied once, where errors leave for {@code /api} and {@code /v1}.
 */
public final class Echoes {

    static final int LIMIT = 128;
    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + (LIMIT + 1) + ",})'");

    private Echoes() {}

    /** The message with every quoted value over the limit cut; null stays null. */
    public static String cut(String message) {
        if (message == null || message.length() <= LIMIT) {
            return message;
        }
        Matcher m = LONG_QUOTE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("'" + m.group(1).substring(0, LIMIT) + "…'"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
