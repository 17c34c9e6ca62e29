package fr.guichet.dispatch.v1;

import fr.guichet.dispatch.chat.ChatResult;
import fr.guichet.dispatch.provider.Usage;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A complete answer in OpenAI's exact shape: {@code {id, object:"chat.completion", created, model,
 * choices:[{index:0, message:{role:"assistant", content, refusal:null}, logprobs:null, finish_reason}],
 * usage:{prompt_tokens, completion_tokens, total_tokens}}}. The id is Guichet's request id (the one its usage
 * event carries), the model the one that answered.
 */
final class ChatCompletionWriter {

    /** The finish reason when a provider gave none. */
    static final String DEFAULT_FINISH = "stop";

    private ChatCompletionWriter() {}

    static JsonObject completion(String id, long created, ChatResult result) {
        JsonObject message = JsonSupport.JSON
                .createObjectBuilder()
                .add("role", "assistant")
                .add("content", result.response().content())
                .addNull("refusal")
                .build();
        JsonObject choice = JsonSupport.JSON
                .createObjectBuilder()
                .add("index", 0)
                .add("message", message)
                .addNull("logprobs")
                .add("finish_reason", finishReason(result.response().finishReason()))
                .build();
        return JsonSupport.JSON
                .createObjectBuilder()
                .add("id", id)
                .add("object", "chat.completion")
                .add("created", created)
                .add("model", result.model())
                .add("choices", JsonSupport.JSON.createArrayBuilder().add(choice))
                .add("usage", usage(result.response().usage()))
                .build();
    }

    /** OpenAI's usage object. */
    static JsonObjectBuilder usage(Usage usage) {
        return JsonSupport.JSON
                .createObjectBuilder()
                .add("prompt_tokens", usage.inputTokens())
                .add("completion_tokens", usage.outputTokens())
                .add("total_tokens", usage.totalTokens());
    }

    static String finishReason(String reason) {
        return reason == null || reason.isBlank() ? DEFAULT_FINISH : reason;
    }
}
