package fr.guichet.dispatch.v1;

import fr.guichet.common.domain.DomainException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * Typed reads of one parameter of an OpenAI request body, refusing a wrong type with the message OpenAI gives
 * ("Invalid type for 'temperature': expected a decimal, but got a string instead."). A parameter that is
 * absent or JSON {@code null} reads as {@code null}: OpenAI treats both as "not set". Every refusal is a
 * {@link DomainException} {@code VALIDATION_FAILED} whose one violation names the parameter as OpenAI's
 * {@code param} (e.g. {@code messages[1].role}).
 */
final class JsonParams {

    private JsonParams() {}

    /** The value, or null when absent or JSON null. */
    static JsonValue value(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    static String string(JsonObject object, String name, String param) {
        JsonValue value = value(object, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw invalidType(param, "a string", value);
        }
        return text.getString();
    }

    static String requiredString(JsonObject object, String name, String param) {
        String text = string(object, name, param);
        if (text == null) {
            throw missing(param);
        }
        return text;
    }

    static Boolean bool(JsonObject object, String name, String param) {
        JsonValue value = value(object, name);
        if (value == null) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw invalidType(param, "a boolean", value);
        }
        return value == JsonValue.TRUE;
    }

    /** A decimal within [min, max], or null. */
    static Double decimal(JsonObject object, String name, String param, double min, double max) {
        JsonValue value = value(object, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw invalidType(param, "a decimal", value);
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw invalid(
                    param,
                    "Invalid '" + param + "': decimal below minimum value. Expected a value >= " + plain(min)
                            + ", but got " + exact.toPlainString() + " instead.");
        }
        if (exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(
                    param,
                    "Invalid '" + param + "': decimal above maximum value. Expected a value <= " + plain(max)
                            + ", but got " + exact.toPlainString() + " instead.");
        }
        return exact.doubleValue();
    }

    /** An integer of at least {@code min}, or null. */
    static Integer integer(JsonObject object, String name, String param, int min) {
        JsonValue value = value(object, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw invalidType(param, "an integer", value);
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw invalid(
                    param,
                    "Invalid '" + param + "': integer below minimum value. Expected a value >= " + min + ", but got "
                            + exact.toPlainString() + " instead.");
        }
        if (exact.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw invalid(
                    param,
                    "Invalid '" + param + "': integer above maximum value. Expected a value <= " + Integer.MAX_VALUE
                            + ", but got " + exact.toPlainString() + " instead.");
        }
        return exact.intValueExact();
    }

    static JsonArray array(JsonObject object, String name, String param) {
        JsonValue value = value(object, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw invalidType(param, "an array", value);
        }
        return array;
    }

    static JsonObject object(JsonValue value, String param) {
        if (!(value instanceof JsonObject object)) {
            throw invalidType(param, "an object", value);
        }
        return object;
    }

    static DomainException missing(String param) {
        return invalid(param, "Missing required parameter: '" + param + "'.");
    }

    static DomainException invalidType(String param, String expected, JsonValue got) {
        return invalid(
                param,
                "Invalid type for '" + param + "': expected " + expected + ", but got " + describe(got) + " instead.");
    }

    static DomainException invalid(String param, String message) {
        return DomainException.invalid(param, message);
    }

    /** OpenAI's words for a JSON value's type: "a string", "an integer", "an array"... */
    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> ((JsonNumber) value).isIntegral() ? "an integer" : "a decimal";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
