package fr.guichet.dispatch.provider;

/**
 * A streamed answer that its reader pulls, one line of the provider's stream at a time, on its own thread: each
 * {@link #advance()} reads one line and passes what it carries to the {@link StreamListener} given when the
 * stream was opened. Nothing runs in the background; closing before the end stops the provider's answer.
 */
public interface ProviderStream extends AutoCloseable {

    /**
     * Reads one line (waiting at most the endpoint's timeout) and reports its content to the listener.
     *
     * @return false once the answer is complete ({@code onComplete} was called); true while more may come
     * @throws ProviderException if the call fails before the first delta (the caller may fall back)
     * @throws StreamInterruptedException if it fails after at least one delta
     */
    boolean advance();

    /** True when the next line has already arrived, so that {@link #advance()} will not wait. */
    boolean ready();

    @Override
    void close();
}
