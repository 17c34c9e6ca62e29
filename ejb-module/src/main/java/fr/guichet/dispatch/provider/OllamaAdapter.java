package fr.guichet.dispatch.provider;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ollama's native API ({@code {base}/api/chat}, {@code {base}/api/tags}); no key, but a key given is sent as a
 * bearer token (for an Ollama behind an authenticating proxy).
 *
 * <p>{@code stream} is always sent, as Ollama streams by default; sampling parameters go in {@code options}
 * ({@code num_predict} is the token limit). Streams are newline-delimited JSON: text in {@code message.content},
 * and a last line with {@code done:true}, {@code done_reason}, {@code prompt_eval_count} and
 * {@code eval_count}. Ollama leaves {@code prompt_eval_count} out when the whole prompt came from its cache;
 * the input is then estimated. Answers have no id: one is generated.
 */
public final class OllamaAdapter extends HttpChatAdapter {

    public OllamaAdapter() {
        super(ProviderKind.OLLAMA);
    }

    @Override
    String chatPath(ChatRequest request, boolean stream) {
        return "/api/chat";
    }

    @Override
    String modelsPath() {
        return "/api/tags";
    }

    @Override
    String streamMediaType() {
        return "application/x-ndjson";
    }

    @Override
    JsonObject requestBody(ChatRequest request, boolean stream) {
        var messages = roleContent(request.messages().stream());
        JsonObjectBuilder body = JsonFields.object()
                .add("model", request.model())
                .add("messages", messages)
                .add("stream", stream);
        JsonObjectBuilder options = JsonFields.object();
        if (request.temperature() != null) {
            options.add("temperature", request.temperature());
        }
        if (request.topP() != null) {
            options.add("top_p", request.topP());
        }
        if (request.maxTokens() != null) {
            options.add("num_predict", request.maxTokens());
        }
        if (!request.stop().isEmpty()) {
            options.add("stop", JsonFields.strings(request.stop()));
        }
        JsonObject built = options.build();
        if (!built.isEmpty()) {
            body.add("options", built);
        }
        return body.build();
    }

    @Override
    ChatResponse parseResponse(JsonObject answer, ChatRequest request) {
        String content = content(answer).orElse("");
        Optional<Integer> input = JsonFields.integer(answer, "prompt_eval_count");
        Optional<Integer> output = JsonFields.integer(answer, "eval_count");
        Usage usage = input.isPresent() && output.isPresent()
                ? Usage.reported(input.get(), output.get())
                : new Usage(
                        input.orElseGet(() -> Usage.estimateInput(request)),
                        output.orElseGet(() -> Usage.estimateTokens(content)),
                        true);
        return new ChatResponse(
                UUID.randomUUID().toString(),
                JsonFields.string(answer, "model").orElse(request.model()),
                content,
                FinishReasons.ollama(JsonFields.string(answer, "done_reason").orElse(null)),
                usage);
    }

    @Override
    StreamDecoder decoder(StreamState state) {
        return line -> {
            if (line.isBlank()) {
                return;
            }
            JsonObject chunk = state.chunk(line);
            content(chunk).ifPresent(state::delta);
            if (JsonFields.isTrue(chunk, "done")) {
                JsonFields.integer(chunk, "prompt_eval_count").ifPresent(state::inputTokens);
                JsonFields.integer(chunk, "eval_count").ifPresent(state::outputTokens);
                state.finish(FinishReasons.ollama(
                        JsonFields.string(chunk, "done_reason").orElse(null)));
                state.complete();
            }
        };
    }

    private static Optional<String> content(JsonObject answer) {
        return JsonFields.object(answer, "message").flatMap(m -> JsonFields.string(m, "content"));
    }

    @Override
    List<String> parseModels(JsonObject answer) {
        return JsonFields.objects(answer, "models")
                .flatMap(m -> JsonFields.string(m, "name").stream())
                .toList();
    }
}
