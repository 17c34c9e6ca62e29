package fr.guichet.dispatch.v1;

import fr.guichet.common.api.JsonShape;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.provider.ChatRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the body of {@code POST /v1/chat/completions} as OpenAI defines it, field by field with JSON-P because
 * several fields are polymorphic ({@code content}, {@code stop}). Fields Guichet does not know are ignored, as
 * OpenAI-compatible servers do; tool calling ({@code tools}, {@code functions}) is refused rather than
 * silently dropped. The first broken rule ends the reading with a {@link DomainException}: a body that is not
 * JSON is {@code INVALID_REQUEST}, a bad field {@code VALIDATION_FAILED} naming the field as OpenAI's
 * {@code param}.
 */
final class ChatRequestReader {

    static final int MAX_STOP = 4;
    static final String UNPARSABLE = "We could not parse the JSON body of your request. (HINT: This likely means "
            + "you aren't using your HTTP library correctly. The API expects a JSON payload, but what was sent "
            + "was not valid JSON.)";

    private ChatRequestReader() {}

    /** Parses and reads a body. */
    static ChatCompletionRequest read(byte[] body) {
        return read(parse(body));
    }

    static JsonObject parse(byte[] body) {
        switch (JsonShape.of(body)) {
            case TOO_DEEP -> throw new DomainException(ErrorCode.INVALID_REQUEST, JsonShape.TOO_DEEP.detail() + ".");
            case NOT_JSON, MORE_THAN_ONE_VALUE -> throw new DomainException(ErrorCode.INVALID_REQUEST, UNPARSABLE);
            case NOT_UTF8 -> throw new DomainException(ErrorCode.INVALID_REQUEST, JsonShape.NOT_UTF8.detail() + ".");
            case OK -> {}
        }
        JsonValue value;
        try (JsonParser parser = JsonSupport.JSON.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new DomainException(ErrorCode.INVALID_REQUEST, UNPARSABLE); // text after the JSON value
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new DomainException(ErrorCode.INVALID_REQUEST, UNPARSABLE);
        }
        if (!(value instanceof JsonObject object)) {
            throw new DomainException(
                    ErrorCode.INVALID_REQUEST,
                    "The request body must be a JSON object, not " + JsonParams.describe(value) + ".");
        }
        return object;
    }

    static ChatCompletionRequest read(JsonObject body) {
        String model = model(body);
        var messages = ChatMessagesReader.read(body);
        refuseTools(body, "tools");
        refuseTools(body, "functions");
        Double temperature = JsonParams.decimal(body, "temperature", "temperature", 0, 2);
        Double topP = JsonParams.decimal(body, "top_p", "top_p", 0, 1);
        Integer maxTokens = maxTokens(body);
        List<String> stop = stop(body);
        String user = JsonParams.string(body, "user", "user");
        Integer n = JsonParams.integer(body, "n", "n", 1);
        if (n != null && n != 1) {
            throw JsonParams.invalid(
                    "n", "Invalid 'n': only one choice (n = 1) is supported by this service, " + "but got " + n + ".");
        }
        boolean stream = Boolean.TRUE.equals(JsonParams.bool(body, "stream", "stream"));
        boolean includeUsage = includeUsage(body, stream);
        return new ChatCompletionRequest(
                new ChatRequest(model, messages, temperature, topP, maxTokens, stop, user), stream, includeUsage);
    }

    private static String model(JsonObject body) {
        String model = JsonParams.requiredString(body, "model", "model");
        if (model.isBlank()) {
            throw JsonParams.invalid("model", "Invalid 'model': empty string. Expected a model name.");
        }
        return model;
    }

    private static void refuseTools(JsonObject body, String name) {
        JsonValue tools = JsonParams.value(body, name);
        if (tools != null && !(tools instanceof JsonArray array && array.isEmpty())) {
            throw JsonParams.invalid(
                    name, "Invalid '" + name + "': tool calling is not supported yet by this " + "service.");
        }
    }

    /** {@code max_completion_tokens}, or the older {@code max_tokens} when it is not set. */
    private static Integer maxTokens(JsonObject body) {
        Integer completion = JsonParams.integer(body, "max_completion_tokens", "max_completion_tokens", 1);
        Integer legacy = JsonParams.integer(body, "max_tokens", "max_tokens", 1);
        return completion != null ? completion : legacy;
    }

    /** A string or an array of up to four strings. */
    private static List<String> stop(JsonObject body) {
        JsonValue stop = JsonParams.value(body, "stop");
        if (stop == null) {
            return List.of();
        }
        if (stop instanceof JsonString text) {
            return List.of(text.getString());
        }
        if (!(stop instanceof JsonArray array)) {
            throw JsonParams.invalidType("stop", "one of a string or an array", stop);
        }
        if (array.size() > MAX_STOP) {
            throw JsonParams.invalid(
                    "stop",
                    "Invalid 'stop': array too long. Expected an array with maximum " + "length " + MAX_STOP
                            + ", but got an array with length " + array.size() + " instead.");
        }
        List<String> sequences = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw JsonParams.invalidType("stop[" + i + "]", "a string", array.get(i));
            }
            sequences.add(text.getString());
        }
        return sequences;
    }

    private static boolean includeUsage(JsonObject body, boolean stream) {
        JsonValue options = JsonParams.value(body, "stream_options");
        if (options == null) {
            return false;
        }
        if (!stream) {
            throw JsonParams.invalid(
                    "stream_options", "The 'stream_options' parameter is only allowed when " + "'stream' is enabled.");
        }
        JsonObject object = JsonParams.object(options, "stream_options");
        return Boolean.TRUE.equals(JsonParams.bool(object, "include_usage", "stream_options.include_usage"));
    }
}
