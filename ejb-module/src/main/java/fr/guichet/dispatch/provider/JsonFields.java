package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reading and building provider JSON with JSON-P. Readers are lenient about shape: a missing field or a field
 * of the wrong type reads as empty, so that a provider adding or changing a field never throws a
 * {@code ClassCastException} in the middle of a stream. Only text that is not JSON at all is an error.
 */
final class JsonFields {

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonFields() {}

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** Parses a JSON object, or throws {@code SERVER_ERROR}: the provider broke its own protocol. */
    static JsonObject parse(String text, ProviderKind kind, int status) {
        return tryParse(text).orElseThrow(() -> notAnObject(text, kind, status));
    }

    /** The provider broke its own protocol: {@code text} should have been a JSON object. */
    static ProviderException notAnObject(String text, ProviderKind kind, int status) {
        return new ProviderException(
                kind, Failure.SERVER_ERROR, status, "the answer is not a JSON object: " + abbreviate(text));
    }

    /** Parses a JSON object, or empty when {@code text} is not one. */
    static Optional<JsonObject> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject json ? Optional.of(json) : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** A streaming parser over {@code text}, for reading only part of a large or frequent document. */
    static JsonParser parser(String text) {
        return JSON.createParser(new StringReader(text));
    }

    static Optional<JsonObject> object(JsonObject json, String key) {
        return json.get(key) instanceof JsonObject child ? Optional.of(child) : Optional.empty();
    }

    /** The objects of an array field, skipping elements that are not objects. */
    static Stream<JsonObject> objects(JsonObject json, String key) {
        return json.get(key) instanceof JsonArray array
                ? array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                : Stream.empty();
    }

    static Optional<String> string(JsonObject json, String key) {
        return json.get(key) instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    /** A string or a number, as text (error codes are either). */
    static Optional<String> text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        return string(json, key);
    }

    static Optional<Integer> integer(JsonObject json, String key) {
        return json.get(key) instanceof JsonNumber number ? Optional.of(number.intValue()) : Optional.empty();
    }

    static boolean isTrue(JsonObject json, String key) {
        return json.get(key) == JsonValue.TRUE;
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = array();
        values.forEach(array::add);
        return array;
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
