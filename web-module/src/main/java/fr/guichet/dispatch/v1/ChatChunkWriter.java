package fr.guichet.dispatch.v1;

import fr.guichet.dispatch.provider.Usage;

/**
 * The chunks of one streamed answer in OpenAI's exact shape ({@code object:"chat.completion.chunk"}), all
 * with the same {@code id}, {@code created} and {@code model}: a first chunk giving the role, one per text
 * fragment, one with the finish reason and an empty delta, and — when the client asked for it — a last chunk
 * with no choices and the usage. An error met mid-stream is written as OpenAI's error object.
 *
 * <p>A stream writes one chunk per token, so a chunk is the common beginning, written once per stream, and the
 * fragment as a JSON string (JSON-P's escaping), not a JSON object built and serialised each time.
 */
final class ChatChunkWriter {

    static final String STREAM_INTERRUPTED = "stream_interrupted";
    private static final String OPEN_DELTA = "[{\"index\":0,\"delta\":";
    private static final String CLOSE_DELTA = ",\"logprobs\":null,\"finish_reason\":";

    private final String id;
    /** {@code {"id":…,"object":"chat.completion.chunk","created":…,"model":…,"choices":}. */
    private final String head;

    ChatChunkWriter(String id, long created, String model) {
        this.id = id;
        this.head = "{\"id\":" + quoted(id) + ",\"object\":\"chat.completion.chunk\",\"created\":" + created
                + ",\"model\":" + quoted(model) + ",\"choices\":";
    }

    String id() {
        return id;
    }

    /** {@code delta: {role:"assistant", content:""}}. */
    String first() {
        return head + OPEN_DELTA + "{\"role\":\"assistant\",\"content\":\"\"}" + CLOSE_DELTA + "null}]}";
    }

    String delta(String text) {
        return head + OPEN_DELTA + "{\"content\":" + quoted(text) + "}" + CLOSE_DELTA + "null}]}";
    }

    /** An empty delta and the finish reason. */
    String finish(String reason) {
        return head + OPEN_DELTA + "{}" + CLOSE_DELTA + quoted(ChatCompletionWriter.finishReason(reason)) + "}]}";
    }

    /** {@code choices: []} and the usage of the whole answer. */
    String usage(Usage usage) {
        return head + "[],\"usage\":" + ChatCompletionWriter.usage(usage).build() + "}";
    }

    /** OpenAI's error object, sent as a stream's last event when the provider failed mid-answer. */
    static String error(String message) {
        return JsonSupport.JSON
                .createObjectBuilder()
                .add(
                        "error",
                        JsonSupport.JSON
                                .createObjectBuilder()
                                .add("message", message)
                                .add("type", "server_error")
                                .addNull("param")
                                .add("code", STREAM_INTERRUPTED))
                .build()
                .toString();
    }

    /** {@code text} as a JSON string, quotes included ({@code JsonValue.toString()} is its JSON text). */
    private static String quoted(String text) {
        return JsonSupport.JSON.createValue(text).toString();
    }
}
