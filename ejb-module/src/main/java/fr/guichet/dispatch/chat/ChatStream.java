package fr.guichet.dispatch.chat;

import fr.guichet.limits.domain.RateStatus;

/**
 * A streamed answer that has started: the provider has sent its first fragment, so who answers is known
 * (for response headers) and no fallback can happen any more. Read it with {@link #next()} until it returns
 * a {@link StreamEvent.Completed} or {@link StreamEvent.Failed}; always {@link #close()} it (a client that
 * went away closes early: the upstream call is abandoned and the call is metered for what was delivered).
 */
public interface ChatStream extends AutoCloseable {

    String providerId();

    String providerName();

    String model();

    boolean fallbackUsed();

    /** The rate status of the call's admission (for the {@code x-ratelimit-*} headers). */
    RateStatus rate();

    /** The next event, read from the provider on the caller's thread; after a Completed or Failed event, null. */
    StreamEvent next();

    /**
     * True when {@link #next()} can answer without waiting for the provider (its bytes already arrived): the
     * writer then holds its flush, so that a burst of fragments reaches the client in one write, and a fragment
     * that is alone still goes out at once.
     */
    default boolean ready() {
        return false;
    }

    @Override
    void close();
}
