package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.SseDecoder.SseEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * OpenAI Chat Completions, as spoken by OpenAI, Mistral, Groq and any compatible base URL
 * ({@code {base}/chat/completions}, {@code {base}/models}, {@code Authorization: Bearer}).
 *
 * <p>Streams ask for {@code stream_options.include_usage}, so the provider's own counts arrive in a last chunk
 * with no choices, before {@code data: [DONE]}; a {@code usage} on any chunk (Mistral) or Groq's
 * {@code x_groq.usage} is read too. The token limit is sent as {@code max_tokens}, which every compatible
 * service accepts.
 */
public final class OpenAiCompatibleAdapter extends HttpChatAdapter {

    public OpenAiCompatibleAdapter() {
        super(ProviderKind.OPENAI_COMPATIBLE);
    }

    @Override
    String chatPath(ChatRequest request, boolean stream) {
        return "/chat/completions";
    }

    @Override
    String modelsPath() {
        return "/models";
    }

    @Override
    JsonObject requestBody(ChatRequest request, boolean stream) {
        JsonObjectBuilder body = JsonFields.object().add("model", request.model());
        var messages = roleContent(request.messages().stream());
        body.add("messages", messages);
        if (stream) {
            body.add("stream", true).add("stream_options", JsonFields.object().add("include_usage", true));
        }
        if (request.temperature() != null) {
            body.add("temperature", request.temperature());
        }
        if (request.topP() != null) {
            body.add("top_p", request.topP());
        }
        if (request.maxTokens() != null) {
            body.add("max_tokens", request.maxTokens());
        }
        if (!request.stop().isEmpty()) {
            body.add("stop", JsonFields.strings(request.stop()));
        }
        if (request.user() != null) {
            body.add("user", request.user());
        }
        return body.build();
    }

    @Override
    ChatResponse parseResponse(JsonObject answer, ChatRequest request) {
        Optional<JsonObject> choice = JsonFields.objects(answer, "choices").findFirst();
        String content = choice.flatMap(c -> JsonFields.object(c, "message"))
                .flatMap(m -> JsonFields.string(m, "content"))
                .orElse("");
        String finish = FinishReasons.openAi(
                choice.flatMap(c -> JsonFields.string(c, "finish_reason")).orElse(null));
        Usage usage = JsonFields.object(answer, "usage")
                .flatMap(OpenAiCompatibleAdapter::usage)
                .orElseGet(() -> Usage.estimate(request, content));
        return new ChatResponse(
                JsonFields.string(answer, "id")
                        .orElseGet(() -> UUID.randomUUID().toString()),
                JsonFields.string(answer, "model").orElse(request.model()),
                content,
                finish,
                usage);
    }

    @Override
    StreamDecoder decoder(StreamState state) {
        return new SseDecoder(event -> onEvent(event, state));
    }

    private static void onEvent(SseEvent event, StreamState state) {
        String data = event.data().strip();
        if ("[DONE]".equals(data)) {
            state.complete();
            return;
        }
        OpenAiChunkReader.read(data, state);
    }

    private static Optional<Usage> usage(JsonObject usage) {
        Optional<Integer> input = JsonFields.integer(usage, "prompt_tokens");
        Optional<Integer> output = JsonFields.integer(usage, "completion_tokens");
        return input.isPresent() && output.isPresent()
                ? Optional.of(Usage.reported(input.get(), output.get()))
                : Optional.empty();
    }

    @Override
    List<String> parseModels(JsonObject answer) {
        return JsonFields.objects(answer, "data")
                .flatMap(m -> JsonFields.string(m, "id").stream())
                .toList();
    }
}
