package fr.guichet.common.api;

import fr.guichet.common.domain.TextSafety;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in an {@code /api} JSON body of a sound shape, the first member name or string value holding a character
 * {@link TextSafety} refuses (a control character other than tab and line breaks, a direction override, half a
 * surrogate pair), and names its field: nothing of the kind is stored or logged. Passwords are the caller's own
 * secret and are not judged. Single-line fields refuse line breaks too, where they are validated.
 */
final class JsonText {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonText() {}

    /** What is wrong ("The field 'name' holds the control character U+0000"), or empty. */
    static Optional<String> problem(byte[] body) {
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            String key = null;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case KEY_NAME -> {
                        key = parser.getString();
                        Optional<String> problem = TextSafety.problem(key, false);
                        if (problem.isPresent()) {
                            return Optional.of("A member name " + problem.get());
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        path.push(key == null ? "" : key);
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        key = null;
                    }
                    case VALUE_STRING -> {
                        String named = key != null ? key : path.isEmpty() ? "" : path.peek();
                        String field = named.length() > Echoes.LIMIT ? named.substring(0, Echoes.LIMIT) + "…" : named;
                        if (!field.toLowerCase(Locale.ROOT).contains("password")) {
                            Optional<String> problem = TextSafety.problem(parser.getString(), true);
                            if (problem.isPresent()) {
                                return Optional.of("The field '" + field + "' " + problem.get());
                            }
                        }
                        key = null;
                    }
                    default -> key = null;
                }
            }
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty(); // the shape was checked before; whoever maps the body says what is wrong
        }
        return Optional.empty();
    }
}
