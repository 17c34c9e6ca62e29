package fr.guichet.common.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What is wrong with the shape of a JSON body, found with JSON-P's streaming parser in one pass and without
 * recursion, before anything builds objects from it (JSON-B and JSON-P's tree both recurse: a thousand brackets
 * overflowed the stack). An empty or blank body is {@link #OK}: whoever reads it says what is missing.
 */
public enum JsonShape {
    OK(null),
    NOT_JSON("The request body is not valid JSON"),
    NOT_UTF8("The request body is not valid UTF-8"),
    TOO_DEEP("The request body nests objects and arrays deeper than " + JsonShape.MAX_DEPTH + " levels"),
    MORE_THAN_ONE_VALUE("The request body holds more than one JSON value");

    /** The deepest nesting of objects and arrays a request body may have. */
    public static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private final String detail;

    JsonShape(String detail) {
        this.detail = detail;
    }

    /** What is wrong, in words, for the caller; null for {@link #OK}. */
    public String detail() {
        return detail;
    }

    /**
     * One pass: the bytes are decoded strictly (a stray byte, an overlong form or an encoded surrogate is
     * {@link #NOT_UTF8}, where the parser alone would read U+FFFD and let it be stored) as the parser reads them.
     */
    public static JsonShape of(byte[] body) {
        if (blank(body)) {
            return OK;
        }
        boolean valueRead = false;
        Reader strict = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder());
        try (JsonParser parser = PARSERS.createParser(strict)) {
            int depth = 0;
            while (!valueRead && parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            return TOO_DEEP;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {}
                }
                valueRead = depth == 0;
            }
            return parser.hasNext() ? MORE_THAN_ONE_VALUE : OK;
        } catch (JsonException e) {
            return notUtf8(e) ? NOT_UTF8 : valueRead ? MORE_THAN_ONE_VALUE : NOT_JSON;
        }
    }

    private static boolean notUtf8(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
