package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import jakarta.json.JsonObject;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a provider's error answer into a {@link ProviderException}. One reader serves all four protocols, as
 * their error bodies share a shape: OpenAI {@code {"error":{"message","type","code"}}}, Anthropic
 * {@code {"type":"error","error":{"type","message"}}}, Gemini {@code {"error":{"code","message","status",
 * "details"}}}, Ollama {@code {"error":"..."}}. The HTTP status decides the failure, with the exceptions each
 * protocol needs (Anthropic's {@code overloaded_error}, Ollama's "model 'x' not found", Gemini's invalid key
 * answered with 400). Errors sent inside a 200 stream have no status and are classified by their type.
 * Messages are passed through the endpoint's redaction, so a key echoed by a provider never leaks.
 */
final class ErrorReplies {

    private static final Pattern MODEL_NOT_FOUND = Pattern.compile("(?i).*model ['\"].*['\"] not found.*");
    private static final Map<String, Failure> BY_TYPE = Map.ofEntries(
            Map.entry("rate_limit_error", Failure.RATE_LIMITED),
            Map.entry("RESOURCE_EXHAUSTED", Failure.RATE_LIMITED),
            Map.entry("overloaded_error", Failure.OVERLOADED),
            Map.entry("UNAVAILABLE", Failure.OVERLOADED),
            Map.entry("authentication_error", Failure.AUTHENTICATION),
            Map.entry("permission_error", Failure.AUTHENTICATION),
            Map.entry("PERMISSION_DENIED", Failure.AUTHENTICATION),
            Map.entry("UNAUTHENTICATED", Failure.AUTHENTICATION),
            Map.entry("not_found_error", Failure.MODEL_NOT_FOUND),
            Map.entry("NOT_FOUND", Failure.MODEL_NOT_FOUND),
            Map.entry("invalid_request_error", Failure.INVALID_REQUEST),
            Map.entry("INVALID_ARGUMENT", Failure.INVALID_REQUEST));

    /** What an error body says; any part may be null. */
    record ErrorBody(String message, String type, String code, String reason, Duration retryDelay) {}

    private ErrorReplies() {}

    /** An HTTP answer with a non-2xx status. */
    static ProviderException fromReply(
            ProviderKind kind, ProviderEndpoint endpoint, int status, HttpHeaders headers, String body) {
        ErrorBody error = read(body);
        Failure failure = classify(status, error);
        Duration retryAfter = RetryAfter.fromHeaders(headers).orElse(error.retryDelay());
        String message = error.message() != null
                ? error.message()
                : JsonFields.abbreviate(body).isEmpty() ? "HTTP " + status : JsonFields.abbreviate(body);
        return new ProviderException(
                kind, failure, status, endpoint.redact(message), error.type(), error.code(), retryAfter, null);
    }

    /** An error object sent in the middle of a 200 answer (an SSE event or an NDJSON line). */
    static ProviderException inStream(ProviderKind kind, ProviderEndpoint endpoint, JsonObject body) {
        ErrorBody error = read(body);
        String message = error.message() == null ? "error in the stream" : error.message();
        return new ProviderException(
                kind,
                classify(0, error),
                0,
                endpoint.redact(message),
                error.type(),
                error.code(),
                error.retryDelay(),
                null);
    }

    static Failure classify(int status, ErrorBody error) {
        if ("overloaded_error".equals(error.type())) {
            return Failure.OVERLOADED;
        }
        if (error.message() != null && MODEL_NOT_FOUND.matcher(error.message()).matches()) {
            return Failure.MODEL_NOT_FOUND;
        }
        if ("API_KEY_INVALID".equals(error.reason())) {
            return Failure.AUTHENTICATION;
        }
        if (status == 0) {
            return error.type() == null
                    ? Failure.SERVER_ERROR
                    : BY_TYPE.getOrDefault(error.type(), Failure.SERVER_ERROR);
        }
        return switch (status) {
            case 429 -> Failure.RATE_LIMITED;
            case 401, 403 -> Failure.AUTHENTICATION;
            case 404 -> Failure.MODEL_NOT_FOUND;
            case 408 -> Failure.TIMEOUT;
            case 503, 529 -> Failure.OVERLOADED;
            default -> status >= 400 && status < 500 ? Failure.INVALID_REQUEST : Failure.SERVER_ERROR;
        };
    }

    private static ErrorBody read(String body) {
        return JsonFields.tryParse(body).map(ErrorReplies::read).orElse(new ErrorBody(null, null, null, null, null));
    }

    private static ErrorBody read(JsonObject body) {
        Optional<JsonObject> nested = JsonFields.object(body, "error");
        if (nested.isEmpty()) {
            // Ollama {"error":"..."}, or a flat {"message","type","code"} / FastAPI {"detail"} from compatibles
            String message = JsonFields.string(body, "error")
                    .or(() -> JsonFields.string(body, "message"))
                    .or(() -> JsonFields.string(body, "detail"))
                    .orElse(null);
            return new ErrorBody(
                    message,
                    JsonFields.string(body, "type")
                            .filter(t -> !"error".equals(t))
                            .orElse(null),
                    JsonFields.text(body, "code").orElse(null),
                    null,
                    null);
        }
        JsonObject error = nested.get();
        String type = JsonFields.string(error, "type")
                .or(() -> JsonFields.string(error, "status"))
                .orElse(null);
        String reason = JsonFields.objects(error, "details")
                .flatMap(d -> JsonFields.string(d, "reason").stream())
                .findFirst()
                .orElse(null);
        Duration delay = JsonFields.objects(error, "details")
                .flatMap(d -> JsonFields.string(d, "retryDelay").stream())
                .flatMap(d -> RetryAfter.duration(d).stream())
                .findFirst()
                .orElse(null);
        return new ErrorBody(
                JsonFields.string(error, "message").orElse(null),
                type,
                JsonFields.text(error, "code").orElse(null),
                reason,
                delay);
    }
}
