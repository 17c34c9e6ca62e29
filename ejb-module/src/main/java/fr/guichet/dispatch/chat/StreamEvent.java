package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.Usage;

/** What a {@link ChatStream} yields, in order: deltas, then exactly one {@link Completed} or {@link Failed}. */
public sealed interface StreamEvent {

    /** A fragment of the answer's text. */
    record Delta(String text) implements StreamEvent {}

    /** The answer ended normally, with the provider's usage (or an estimate, marked so). */
    record Completed(String finishReason, Usage usage) implements StreamEvent {}

    /** The provider failed after part of the answer was delivered; the stream ends here, never retried. */
    record Failed(String message) implements StreamEvent {}
}
