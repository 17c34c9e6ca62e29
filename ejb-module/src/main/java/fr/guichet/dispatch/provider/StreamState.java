package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import jakarta.json.JsonObject;

/**
 * What one streamed answer has produced so far. Decoders report deltas, the finish reason and token counts;
 * the state forwards deltas to the listener, calls {@code onComplete} exactly once, and decides how a failure
 * leaves the adapter: a {@link ProviderException} while nothing was delivered, a
 * {@link StreamInterruptedException} with the delivered text and an estimated usage afterwards.
 */
final class StreamState {

    private final ProviderKind kind;
    private final ProviderEndpoint endpoint;
    private final ChatRequest request;
    private final StreamListener listener;
    private final StringBuilder delivered = new StringBuilder();
    private String finishReason;
    private Integer inputTokens;
    private Integer outputTokens;
    private boolean complete;

    StreamState(ProviderKind kind, ProviderEndpoint endpoint, ChatRequest request, StreamListener listener) {
        this.kind = kind;
        this.endpoint = endpoint;
        this.request = request;
        this.listener = listener;
    }

    ProviderKind kind() {
        return kind;
    }

    void delta(String text) {
        if (text == null || text.isEmpty() || complete) {
            return;
        }
        delivered.append(text);
        listener.onDelta(text);
    }

    /** The provider's finish reason, already mapped to OpenAI's vocabulary. */
    void finish(String reason) {
        finishReason = reason;
    }

    void inputTokens(int count) {
        inputTokens = count;
    }

    void outputTokens(int count) {
        outputTokens = count;
    }

    boolean isComplete() {
        return complete;
    }

    /** Ends the answer normally: one {@code onComplete}, further reports are ignored. */
    void complete() {
        if (complete) {
            return;
        }
        complete = true;
        listener.onComplete(finishReason == null ? FinishReasons.STOP : finishReason, usage());
    }

    /** The body ended: complete if the provider said the answer was finished, else the stream was cut. */
    void endOfBody() {
        if (complete) {
            return;
        }
        if (finishReason == null) {
            throw new ProviderException(kind, Failure.CONNECTION, 0, "the stream ended before the answer did");
        }
        complete();
    }

    /** An error object sent inside the stream. */
    ProviderException inStreamError(JsonObject body) {
        return ErrorReplies.inStream(kind, endpoint, body);
    }

    /** A stream fragment parsed as JSON; an {@code error} object in it ends the stream as the provider's error. */
    JsonObject chunk(String data) {
        JsonObject chunk = JsonFields.parse(data, kind, 0);
        if (chunk.containsKey("error")) {
            throw inStreamError(chunk);
        }
        return chunk;
    }

    /** How {@code failure} leaves the adapter: as is before the first delta, as an interruption after it. */
    RuntimeException failed(ProviderException failure) {
        if (delivered.length() == 0) {
            return failure;
        }
        return new StreamInterruptedException(failure, delivered.toString(), estimatedUsage());
    }

    /**
     * True once the provider sent its finish reason: a failure after that only lost trailing bookkeeping (a
     * usage chunk, {@code [DONE]}), so the answer is complete and is reported so.
     */
    boolean finishSeen() {
        return finishReason != null;
    }

    private Usage usage() {
        if (inputTokens != null && outputTokens != null) {
            return Usage.reported(inputTokens, outputTokens);
        }
        return estimatedUsage();
    }

    private Usage estimatedUsage() {
        int input = inputTokens != null ? inputTokens : Usage.estimateInput(request);
        int output = outputTokens != null && complete ? outputTokens : Usage.estimateTokens(delivered);
        return new Usage(input, output, true);
    }
}
