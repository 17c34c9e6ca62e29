package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.provider.StreamInterruptedException;
import fr.guichet.dispatch.provider.StreamListener;
import fr.guichet.dispatch.provider.Usage;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Carries a provider's stream from the thread that reads it to the thread that writes to the client. The
 * reader pushes fragments (waiting when the client is slower: the queue is bounded); a failure before the
 * first fragment is handed over as a {@link ProviderException}, so that the dispatcher can fall back. Once
 * the client side is closed, the reader is stopped at its next fragment.
 */
final class StreamPipe implements StreamListener {

    private static final int CAPACITY = 1024;

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final ProviderKind kind;
    private volatile boolean closed;

    StreamPipe(ProviderKind kind) {
        this.kind = kind;
    }

    @Override
    public void onDelta(String text) {
        put(new StreamEvent.Delta(text));
    }

    @Override
    public void onComplete(String finishReason, Usage usage) {
        put(new StreamEvent.Completed(finishReason, usage));
    }

    /** The reader failed before any fragment: the caller may try elsewhere. */
    void failBeforeFirstByte(ProviderException e) {
        put(e);
    }

    /** The reader failed after some fragments: the stream ends with an error, metered for what was sent. */
    void failMidStream(StreamInterruptedException e) {
        put(new Interrupted(e));
    }

    /** The first thing the reader produced, waiting at most {@code timeout}; throws what failed before it. */
    Object first(Duration timeout) throws InterruptedException {
        Object first = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            closed = true;
            throw new ProviderException(kind, ProviderException.Failure.TIMEOUT, 0,
                    "no first fragment within " + timeout.toSeconds() + " s");
        }
        if (first instanceof ProviderException e) {
            throw e;
        }
        return first;
    }

    Object next() throws InterruptedException {
        return queue.take();
    }

    void close() {
        closed = true;
        queue.clear();
    }

    boolean isClosed() {
        return closed;
    }

    private void put(Object event) {
        if (closed) {
            throw new CancellationException("client went away");
        }
        try {
            while (!queue.offer(event, 1, TimeUnit.SECONDS)) {
                if (closed) {
                    throw new CancellationException("client went away");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** A mid-stream failure, as queued. */
    record Interrupted(StreamInterruptedException failure) {
    }
}
