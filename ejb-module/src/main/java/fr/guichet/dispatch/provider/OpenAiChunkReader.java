package fr.guichet.dispatch.provider;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

/**
 * One chunk of an OpenAI-compatible stream, read with JSON-P's streaming parser for just what the stream needs:
 * the first choice's {@code delta.content} and {@code finish_reason}, and the token counts of {@code usage} (or
 * Groq's {@code x_groq.usage}). A stream carries a chunk per token, so the rest of the chunk is skipped rather
 * than built into a {@code JsonObject}. As with {@link JsonFields}, a field of an unexpected type reads as absent;
 * text that is not a JSON object is the provider breaking its protocol ({@code SERVER_ERROR}), and an
 * {@code error} object is the provider's error.
 */
final class OpenAiChunkReader {

    private String content;
    private String finishReason;
    private Usage usage;
    private Usage groqUsage;
    private boolean usageIsObject;

    private OpenAiChunkReader() {}

    /** Reads {@code data} and reports what it carries to {@code state}, once the whole chunk was read. */
    static void read(String data, StreamState state) {
        ProviderKind kind = state.kind();
        OpenAiChunkReader chunk = new OpenAiChunkReader();
        boolean error;
        try (JsonParser json = JsonFields.parser(data)) {
            error = chunk.object(json);
        } catch (RuntimeException e) {
            // JsonException, NoSuchElementException at an early end; a number JSON-P cannot hold
            // (NumberFormatException, UnsupportedOperationException); nothing was reported yet
            throw JsonFields.notAnObject(data, kind, 0);
        }
        if (error) {
            throw state.inStreamError(JsonFields.parse(data, kind, 0));
        }
        chunk.report(state);
    }

    /** Reads the top-level object; true when it is an error object. */
    private boolean object(JsonParser json) {
        if (!json.hasNext() || json.next() != Event.START_OBJECT) {
            throw new JsonException("not an object");
        }
        for (Event event = json.next(); event == Event.KEY_NAME; event = json.next()) {
            String key = json.getString();
            Event value = json.next();
            switch (key) {
                case "error" -> {
                    return true;
                }
                case "usage" -> {
                    usageIsObject = value == Event.START_OBJECT;
                    usage = usage(json, value);
                }
                case "x_groq" -> groqUsage = groq(json, value);
                case "choices" -> choices(json, value);
                default -> skip(json, value);
            }
        }
        return false;
    }

    private void report(StreamState state) {
        Usage counts = usageIsObject ? usage : groqUsage;
        if (counts != null) {
            state.inputTokens(counts.inputTokens());
            state.outputTokens(counts.outputTokens());
        }
        if (content != null) {
            state.delta(content);
        }
        if (finishReason != null) {
            state.finish(FinishReasons.openAi(finishReason));
        }
    }

    /** The first element of {@code choices} that is an object; the others are skipped. */
    private void choices(JsonParser json, Event value) {
        if (value != Event.START_ARRAY) {
            skip(json, value);
            return;
        }
        boolean read = false;
        for (Event element = json.next(); element != Event.END_ARRAY; element = json.next()) {
            if (element == Event.START_OBJECT && !read) {
                choice(json);
                read = true;
            } else {
                skip(json, element);
            }
        }
    }

    private void choice(JsonParser json) {
        for (Event event = json.next(); event == Event.KEY_NAME; event = json.next()) {
            String key = json.getString();
            Event value = json.next();
            if ("delta".equals(key) && value == Event.START_OBJECT) {
                content = stringField(json, "content");
            } else if ("finish_reason".equals(key) && value == Event.VALUE_STRING) {
                finishReason = json.getString();
            } else {
                skip(json, value);
            }
        }
    }

    /** Reads an object to its end, returning its string field {@code name} (null when absent or not a string). */
    private static String stringField(JsonParser json, String name) {
        String found = null;
        for (Event event = json.next(); event == Event.KEY_NAME; event = json.next()) {
            String key = json.getString();
            Event value = json.next();
            if (name.equals(key) && value == Event.VALUE_STRING) {
                found = json.getString();
            } else {
                skip(json, value);
            }
        }
        return found;
    }

    private static Usage groq(JsonParser json, Event value) {
        if (value != Event.START_OBJECT) {
            skip(json, value);
            return null;
        }
        Usage found = null;
        for (Event event = json.next(); event == Event.KEY_NAME; event = json.next()) {
            String key = json.getString();
            Event field = json.next();
            if ("usage".equals(key)) {
                found = usage(json, field);
            } else {
                skip(json, field);
            }
        }
        return found;
    }

    /** {@code prompt_tokens} and {@code completion_tokens}, or null unless both are numbers. */
    private static Usage usage(JsonParser json, Event value) {
        if (value != Event.START_OBJECT) {
            skip(json, value);
            return null;
        }
        Integer input = null;
        Integer output = null;
        for (Event event = json.next(); event == Event.KEY_NAME; event = json.next()) {
            String key = json.getString();
            Event field = json.next();
            if (field == Event.VALUE_NUMBER && "prompt_tokens".equals(key)) {
                input = json.getInt();
            } else if (field == Event.VALUE_NUMBER && "completion_tokens".equals(key)) {
                output = json.getInt();
            } else {
                skip(json, field);
            }
        }
        return input != null && output != null ? Usage.reported(input, output) : null;
    }

    /** Skips the value that {@code value} started (nothing to do for a scalar). */
    private static void skip(JsonParser json, Event value) {
        if (value != Event.START_OBJECT && value != Event.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Event event = json.next();
            if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                depth++;
            } else if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
                depth--;
            }
        }
    }
}
