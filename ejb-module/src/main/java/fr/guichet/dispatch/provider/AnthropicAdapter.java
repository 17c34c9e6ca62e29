package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.SseDecoder.SseEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Anthropic Messages ({@code {base}/v1/messages}, {@code x-api-key}, {@code anthropic-version: 2023-06-01}).
 *
 * <p>System turns are lifted to the top-level {@code system} field (several are joined by a blank line);
 * {@code max_tokens}, required by Anthropic, defaults to {@link #DEFAULT_MAX_TOKENS}; stop strings become
 * {@code stop_sequences} and the end-user id {@code metadata.user_id}. Streams read input tokens from
 * {@code message_start}, text from {@code content_block_delta}, the stop reason and output tokens from
 * {@code message_delta}, and end on {@code message_stop}; {@code ping} is ignored, {@code error} fails.
 */
public final class AnthropicAdapter extends HttpChatAdapter {

    /** The API version this adapter speaks. */
    public static final String API_VERSION = "2023-06-01";
    /** {@code max_tokens} sent when the request sets no limit. */
    public static final int DEFAULT_MAX_TOKENS = 4096;

    public AnthropicAdapter() {
        super(ProviderKind.ANTHROPIC);
    }

    @Override
    String chatPath(ChatRequest request, boolean stream) {
        return "/v1/messages";
    }

    @Override
    String modelsPath() {
        return "/v1/models?limit=1000";
    }

    @Override
    void authenticate(ProviderRequest.Builder builder, ProviderEndpoint endpoint) {
        if (endpoint.apiKey() != null) {
            builder.header("x-api-key", endpoint.apiKey());
        }
        builder.header("anthropic-version", API_VERSION);
    }

    @Override
    JsonObject requestBody(ChatRequest request, boolean stream) {
        JsonObjectBuilder body = JsonFields.object()
                .add("model", request.model())
                .add("max_tokens", request.maxTokens() == null ? DEFAULT_MAX_TOKENS : request.maxTokens());
        String system = request.messages().stream()
                .filter(ChatMessage::isSystem)
                .map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        if (!system.isEmpty()) {
            body.add("system", system);
        }
        var messages = roleContent(request.messages().stream().filter(m -> !m.isSystem()));
        body.add("messages", messages);
        if (request.temperature() != null) {
            body.add("temperature", request.temperature());
        }
        if (request.topP() != null) {
            body.add("top_p", request.topP());
        }
        if (!request.stop().isEmpty()) {
            body.add("stop_sequences", JsonFields.strings(request.stop()));
        }
        if (request.user() != null) {
            body.add("metadata", JsonFields.object().add("user_id", request.user()));
        }
        if (stream) {
            body.add("stream", true);
        }
        return body.build();
    }

    @Override
    ChatResponse parseResponse(JsonObject answer, ChatRequest request) {
        String content = JsonFields.objects(answer, "content")
                .filter(block ->
                        JsonFields.string(block, "type").filter("text"::equals).isPresent())
                .map(block -> JsonFields.string(block, "text").orElse(""))
                .collect(Collectors.joining());
        Optional<JsonObject> usage = JsonFields.object(answer, "usage");
        Optional<Integer> input = usage.flatMap(u -> JsonFields.integer(u, "input_tokens"));
        Optional<Integer> output = usage.flatMap(u -> JsonFields.integer(u, "output_tokens"));
        Usage counted = input.isPresent() && output.isPresent()
                ? Usage.reported(input.get(), output.get())
                : Usage.estimate(request, content);
        return new ChatResponse(
                JsonFields.string(answer, "id")
                        .orElseGet(() -> UUID.randomUUID().toString()),
                JsonFields.string(answer, "model").orElse(request.model()),
                content,
                FinishReasons.anthropic(JsonFields.string(answer, "stop_reason").orElse(null)),
                counted);
    }

    @Override
    StreamDecoder decoder(StreamState state) {
        return new SseDecoder(event -> onEvent(event, state));
    }

    private static void onEvent(SseEvent event, StreamState state) {
        if ("ping".equals(event.type())) {
            return;
        }
        JsonObject data = JsonFields.parse(event.data(), ProviderKind.ANTHROPIC, 0);
        String type =
                "message".equals(event.type()) ? JsonFields.string(data, "type").orElse("") : event.type();
        switch (type) {
            case "message_start" ->
                JsonFields.object(data, "message")
                        .flatMap(m -> JsonFields.object(m, "usage"))
                        .flatMap(u -> JsonFields.integer(u, "input_tokens"))
                        .ifPresent(state::inputTokens);
            case "content_block_delta" ->
                JsonFields.object(data, "delta")
                        .filter(d -> JsonFields.string(d, "type")
                                .filter("text_delta"::equals)
                                .isPresent())
                        .flatMap(d -> JsonFields.string(d, "text"))
                        .ifPresent(state::delta);
            case "message_delta" -> {
                JsonFields.object(data, "delta")
                        .flatMap(d -> JsonFields.string(d, "stop_reason"))
                        .map(FinishReasons::anthropic)
                        .ifPresent(state::finish);
                JsonFields.object(data, "usage")
                        .flatMap(u -> JsonFields.integer(u, "output_tokens"))
                        .ifPresent(state::outputTokens);
            }
            case "message_stop" -> state.complete();
            case "error" -> throw state.inStreamError(data);
            default -> {
                // content_block_start, content_block_stop and event types added later carry no text
            }
        }
    }

    @Override
    List<String> parseModels(JsonObject answer) {
        return JsonFields.objects(answer, "data")
                .flatMap(m -> JsonFields.string(m, "id").stream())
                .toList();
    }
}
