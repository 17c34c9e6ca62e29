package fr.guichet.dispatch.provider;

/**
 * Receives a streamed answer. The adapter calls {@link #onDelta} for each text fragment in order, then
 * {@link #onComplete} exactly once if the answer ends normally. Calls come from the thread that called
 * {@link ProviderAdapter#stream}. An exception thrown by the listener (say, the client went away) stops the
 * stream and propagates unchanged to the caller of {@code stream}.
 */
public interface StreamListener {

    /** A fragment of the answer's text (never empty). */
    void onDelta(String text);

    /**
     * The answer is complete.
     *
     * @param finishReason in OpenAI's vocabulary ({@code stop}, {@code length}, {@code content_filter}...)
     * @param usage the provider's counts, or an estimate marked as such when it gave none
     */
    void onComplete(String finishReason, Usage usage);
}
