package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.provider.ProviderStream;
import fr.guichet.dispatch.provider.StreamInterruptedException;
import fr.guichet.dispatch.provider.StreamListener;
import fr.guichet.dispatch.provider.Usage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A provider's stream read by the thread that writes to the client: each {@link #next()} pulls lines from the
 * provider until one event is there. The events a line carries wait in a small local queue; nothing is handed
 * to another thread. A failure before the first fragment leaves {@link #first} as a {@link ProviderException},
 * so that the dispatcher can fall back; one after it is an {@link Interrupted} event.
 */
final class PulledStream implements StreamListener {

    private final ProviderKind kind;
    private final Queue<Object> events = new ArrayDeque<>(4);
    private ProviderStream source;
    private boolean exhausted;

    PulledStream(ProviderKind kind) {
        this.kind = kind;
    }

    void attach(ProviderStream stream) {
        this.source = stream;
    }

    @Override
    public void onDelta(String text) {
        events.add(new StreamEvent.Delta(text));
    }

    @Override
    public void onComplete(String finishReason, Usage usage) {
        events.add(new StreamEvent.Completed(finishReason, usage));
    }

    /**
     * The first thing the provider produced, pulled within {@code timeout} (lines without content, such as SSE
     * comments, do not count); throws what failed before it.
     */
    Object first(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.isEmpty() && !exhausted) {
            if (System.nanoTime() - deadline > 0) {
                throw new ProviderException(kind, ProviderException.Failure.TIMEOUT, 0,
                        "no first fragment within " + timeout.toSeconds() + " s");
            }
            exhausted = !source.advance();
        }
        return take();
    }

    /** The next event, a Delta or a Completed, or an {@link Interrupted} when the provider failed mid-answer. */
    Object next() {
        try {
            while (events.isEmpty() && !exhausted) {
                exhausted = !source.advance();
            }
        } catch (StreamInterruptedException e) {
            exhausted = true;
            return new Interrupted(e);
        }
        return take();
    }

    /** True when {@link #next()} will not wait for the provider. */
    boolean ready() {
        return !events.isEmpty() || (!exhausted && source.ready());
    }

    void close() {
        events.clear();
        exhausted = true;
        if (source != null) {
            source.close();
        }
    }

    private Object take() {
        Object event = events.poll();
        if (event == null) {
            // an adapter's stream ends with onComplete or an exception; the caller meters what was delivered
            throw new IllegalStateException(kind + " stream ended without a final event");
        }
        return event;
    }

    /** A mid-stream failure. */
    record Interrupted(StreamInterruptedException failure) {
    }
}
