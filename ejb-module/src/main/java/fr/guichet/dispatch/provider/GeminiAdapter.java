package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.SseDecoder.SseEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Google Gemini ({@code {base}/v1beta/models/{model}:generateContent}, {@code :streamGenerateContent?alt=sse},
 * {@code x-goog-api-key}).
 *
 * <p>Roles become {@code user}/{@code model}, system turns become {@code systemInstruction}, sampling
 * parameters go in {@code generationConfig}. Gemini has no end-user field, so {@code user} is not sent. Output
 * tokens are {@code candidatesTokenCount} plus {@code thoughtsTokenCount} (thinking models bill both); while
 * streaming, the counts of the last chunk that carries {@code usageMetadata} are kept. A prompt blocked before
 * any candidate answers empty with {@code content_filter}. Model lists keep models that can generate content.
 */
public final class GeminiAdapter extends HttpChatAdapter {

    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public GeminiAdapter() {
        super(ProviderKind.GEMINI);
    }

    @Override
    String chatPath(ChatRequest request, boolean stream) {
        String model = request.model().startsWith("models/") ? request.model().substring(7) : request.model();
        if (!MODEL_NAME.matcher(model).matches()) {
            throw new ProviderException(
                    ProviderKind.GEMINI,
                    ProviderException.Failure.INVALID_REQUEST,
                    0,
                    "not a Gemini model name: " + JsonFields.abbreviate(model));
        }
        return "/v1beta/models/" + model + (stream ? ":streamGenerateContent?alt=sse" : ":generateContent");
    }

    @Override
    String modelsPath() {
        return "/v1beta/models?pageSize=1000";
    }

    @Override
    void authenticate(ProviderRequest.Builder builder, ProviderEndpoint endpoint) {
        if (endpoint.apiKey() != null) {
            builder.header("x-goog-api-key", endpoint.apiKey());
        }
    }

    @Override
    JsonObject requestBody(ChatRequest request, boolean stream) {
        var contents = JsonFields.array();
        var system = JsonFields.array();
        for (ChatMessage message : request.messages()) {
            JsonObjectBuilder part = JsonFields.object().add("text", message.content());
            if (message.isSystem()) {
                system.add(part);
            } else {
                contents.add(JsonFields.object()
                        .add("role", ChatMessage.USER.equals(message.role()) ? "user" : "model")
                        .add("parts", JsonFields.array().add(part)));
            }
        }
        JsonObjectBuilder body = JsonFields.object().add("contents", contents);
        JsonArray systemParts = system.build();
        if (!systemParts.isEmpty()) {
            body.add("systemInstruction", JsonFields.object().add("parts", systemParts));
        }
        JsonObjectBuilder config = JsonFields.object();
        if (request.temperature() != null) {
            config.add("temperature", request.temperature());
        }
        if (request.topP() != null) {
            config.add("topP", request.topP());
        }
        if (request.maxTokens() != null) {
            config.add("maxOutputTokens", request.maxTokens());
        }
        if (!request.stop().isEmpty()) {
            config.add("stopSequences", JsonFields.strings(request.stop()));
        }
        JsonObject generationConfig = config.build();
        if (!generationConfig.isEmpty()) {
            body.add("generationConfig", generationConfig);
        }
        return body.build();
    }

    @Override
    ChatResponse parseResponse(JsonObject answer, ChatRequest request) {
        String content = text(answer);
        Optional<Usage> usage = usage(answer);
        return new ChatResponse(
                JsonFields.string(answer, "responseId")
                        .orElseGet(() -> UUID.randomUUID().toString()),
                JsonFields.string(answer, "modelVersion").orElse(request.model()),
                content,
                finishReason(answer).orElse(FinishReasons.STOP),
                usage.orElseGet(() -> Usage.estimate(request, content)));
    }

    @Override
    StreamDecoder decoder(StreamState state) {
        return new SseDecoder(event -> onEvent(event, state));
    }

    private static void onEvent(SseEvent event, StreamState state) {
        JsonObject chunk = state.chunk(event.data());
        state.delta(text(chunk));
        JsonFields.object(chunk, "usageMetadata").ifPresent(metadata -> {
            JsonFields.integer(metadata, "promptTokenCount").ifPresent(state::inputTokens);
            outputTokens(metadata).ifPresent(state::outputTokens);
        });
        finishReason(chunk).ifPresent(state::finish);
    }

    private static String text(JsonObject answer) {
        return JsonFields.objects(answer, "candidates")
                .findFirst()
                .flatMap(c -> JsonFields.object(c, "content"))
                .stream()
                .flatMap(content -> JsonFields.objects(content, "parts"))
                .filter(part -> !JsonFields.isTrue(part, "thought"))
                .map(part -> JsonFields.string(part, "text").orElse(""))
                .collect(Collectors.joining());
    }

    private static Optional<String> finishReason(JsonObject answer) {
        Optional<String> candidate = JsonFields.objects(answer, "candidates")
                .findFirst()
                .flatMap(c -> JsonFields.string(c, "finishReason"))
                .map(FinishReasons::gemini);
        return candidate.or(() -> JsonFields.object(answer, "promptFeedback")
                .flatMap(f -> JsonFields.string(f, "blockReason"))
                .map(blocked -> FinishReasons.CONTENT_FILTER));
    }

    private static Optional<Usage> usage(JsonObject answer) {
        Optional<JsonObject> metadata = JsonFields.object(answer, "usageMetadata");
        Optional<Integer> input = metadata.flatMap(m -> JsonFields.integer(m, "promptTokenCount"));
        Optional<Integer> output = metadata.flatMap(GeminiAdapter::outputTokens);
        return input.isPresent() && output.isPresent()
                ? Optional.of(Usage.reported(input.get(), output.get()))
                : Optional.empty();
    }

    /** Candidates plus thoughts; Gemini leaves candidatesTokenCount out when the answer is empty. */
    private static Optional<Integer> outputTokens(JsonObject metadata) {
        Optional<Integer> candidates = JsonFields.integer(metadata, "candidatesTokenCount");
        Optional<Integer> thoughts = JsonFields.integer(metadata, "thoughtsTokenCount");
        if (candidates.isEmpty() && thoughts.isEmpty()) {
            return JsonFields.integer(metadata, "totalTokenCount").map(total -> 0);
        }
        return Optional.of(candidates.orElse(0) + thoughts.orElse(0));
    }

    @Override
    List<String> parseModels(JsonObject answer) {
        return JsonFields.objects(answer, "models")
                .filter(GeminiAdapter::generatesContent)
                .flatMap(m -> JsonFields.string(m, "name").stream())
                .map(name -> name.startsWith("models/") ? name.substring(7) : name)
                .toList();
    }

    private static boolean generatesContent(JsonObject model) {
        return !(model.get("supportedGenerationMethods") instanceof JsonArray methods)
                || methods.stream().anyMatch(m -> m instanceof JsonString s && "generateContent".equals(s.getString()));
    }
}
