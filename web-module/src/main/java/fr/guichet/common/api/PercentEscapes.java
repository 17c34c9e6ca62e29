package fr.guichet.common.api;

import fr.guichet.common.domain.TextSafety;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a raw request address (path or query string): no character that must be percent-encoded ({@code {},
 * |, ^}, quotes, spaces, controls: RESTEasy fails on them while answering an error), each {@code %} followed by
 * two hexadecimal digits, the bytes they spell valid UTF-8, and no control character or direction override among them
 * ({@link TextSafety}; tabs and line breaks pass). Says what is wrong, in words, or nothing.
 */
final class PercentEscapes {

    private PercentEscapes() {}

    /** Characters an address may not hold as they are (RFC 3986): they must be percent-encoded. */
    private static final String MUST_BE_ENCODED = "\"<>\\^`{|}";

    /**
     * The query string with the characters browsers and curl leave as they are ({@code | { } ^ \\ `}, quotes,
     * {@code <>}) percent-encoded, as RESTEasy needs them; the same values once decoded. Null stays null.
     */
    static String encodeLoose(String query) {
        if (query == null || query.chars().noneMatch(c -> MUST_BE_ENCODED.indexOf(c) >= 0)) {
            return query;
        }
        StringBuilder encoded = new StringBuilder(query.length() + 16);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (MUST_BE_ENCODED.indexOf(c) >= 0) {
                encoded.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    /** What is wrong with the escapes of {@code raw} (null is fine), named after {@code part}. */
    static Optional<String> problem(String part, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == 0x7F || MUST_BE_ENCODED.indexOf(c) >= 0) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "The %s holds a character that must be percent-encoded at character %d (%%%02X)",
                        part,
                        i + 1,
                        (int) c));
            }
        }
        if (raw.indexOf('%') < 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return Optional.of("The " + part + " holds a malformed percent escape at character " + (i + 1)
                        + ": '%' must be followed by two hexadecimal digits");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of("The " + part + "'s percent escapes do not spell valid UTF-8");
        }
        // A NUL reached PostgreSQL (which refuses it) through a search parameter: 500.
        return TextSafety.problem(decoded, true).map(problem -> "The " + part + " " + problem);
    }
}
