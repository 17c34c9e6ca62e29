package fr.guichet.openai;

import fr.guichet.dispatch.provider.Usage;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The chunks of one streamed answer in OpenAI's exact shape ({@code object:"chat.completion.chunk"}), all
 * with the same {@code id}, {@code created} and {@code model}: a first chunk giving the role, one per text
 * fragment, one with the finish reason and an empty delta, and — when the client asked for it — a last chunk
 * with no choices and the usage. An error met mid-stream is written as OpenAI's error object.
 */
record ChatChunkWriter(String id, long created, String model) {

    static final String STREAM_INTERRUPTED = "stream_interrupted";

    /** {@code delta: {role:"assistant", content:""}}. */
    JsonObject first() {
        return chunk(JsonSupport.JSON.createObjectBuilder().add("role", "assistant").add("content", ""), null);
    }

    JsonObject delta(String text) {
        return chunk(JsonSupport.JSON.createObjectBuilder().add("content", text), null);
    }

    /** An empty delta and the finish reason. */
    JsonObject finish(String reason) {
        return chunk(JsonSupport.JSON.createObjectBuilder(), ChatCompletionWriter.finishReason(reason));
    }

    /** {@code choices: []} and the usage of the whole answer. */
    JsonObject usage(Usage usage) {
        return header().add("choices", JsonSupport.JSON.createArrayBuilder()).add("usage", ChatCompletionWriter.usage(usage))
                .build();
    }

    /** OpenAI's error object, sent as a stream's last event when the provider failed mid-answer. */
    static JsonObject error(String message) {
        return JsonSupport.JSON.createObjectBuilder().add("error", JsonSupport.JSON.createObjectBuilder().add("message", message)
                .add("type", "server_error").addNull("param").add("code", STREAM_INTERRUPTED)).build();
    }

    private JsonObject chunk(JsonObjectBuilder delta, String finishReason) {
        JsonObjectBuilder choice = JsonSupport.JSON.createObjectBuilder().add("index", 0).add("delta", delta)
                .addNull("logprobs");
        if (finishReason == null) {
            choice.addNull("finish_reason");
        } else {
            choice.add("finish_reason", finishReason);
        }
        return header().add("choices", JsonSupport.JSON.createArrayBuilder().add(choice)).build();
    }

    private JsonObjectBuilder header() {
        return JsonSupport.JSON.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                .add("created", created).add("model", model);
    }
}
