package fr.guichet.common.api;

import jakarta.json.bind.annotation.JsonbNillable;

/** OpenAI's error body: {@code {"error": {"message", "type", "param", "code"}}}; quoted values are cut. */
public record OpenAiError(Body error) {

    /** The inner object; {@code param} and {@code code} may be null, and are then written as null, as OpenAI does. */
    @JsonbNillable
    public record Body(String message, String type, String param, String code) {}

    public static OpenAiError of(String message, String type, String param, String code) {
        return new OpenAiError(new Body(Echoes.cut(message), type, param, code));
    }
}
