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
     * The first thing the provider produced, pulled until {@code deadline} ({@link System#nanoTime()}; lines
     * without content, such as SSE comments, do not count, and each wait for a line is bounded by the endpoint's
     * timeout); throws what failed before it.
     */
    Object first(long deadline, Duration timeout) {
        while (events.isEmpty() && !exhausted) {
            if (System.nanoTime() - deadline > 0) {
                throw new ProviderException(
                        kind,
                        ProviderException.Failure.TIMEOUT,
                        0,
                        "no first fragment within " + timeout.toSeconds() + " s");
            }
            pull();
        }
        return take();
    }

    /** The next event, a Delta or a Completed, or an {@link Interrupted} when the provider failed mid-answer. */
    Object next() {
        while (events.isEmpty() && !exhausted) {
            pull();
        }
        return take();
    }

    /**
     * Reads one line. A failure after some text becomes the last event, after whatever the same line delivered
     * (the end of a body can complete a fragment and then reveal that the answer was cut).
     */
    private void pull() {
        try {
            exhausted = !source.advance();
        } catch (StreamInterruptedException e) {
            exhausted = true;
            events.add(new Interrupted(e));
        }
    }

    /**
     * True when {@link #next()} will not wait for the provider: the lines that have already arrived are read
     * (some carry no event: comments, pings, an {@code event:} line before its {@code data:}), and true only if
     * they produced one.
     */
    boolean ready() {
        while (events.isEmpty() && !exhausted && source.ready()) {
            pull();
        }
        return !events.isEmpty();
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
    record Interrupted(StreamInterruptedException failure) {}
}
