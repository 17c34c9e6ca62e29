package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.Usage;
import fr.guichet.metering.domain.Outcome;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream whose first fragment has arrived. Meters the call exactly once: at its normal end with the
 * provider's usage, at a mid-stream failure, or when closed early (the client went away) with an estimate
 * of what was delivered.
 */
final class StartedStream implements ChatStream {

    private final PulledStream source;
    private final ChatCall call;
    private final Target target;
    private final boolean fallback;
    private final long startNanos;
    private final UsageMeter meter;
    private long deliveredChars;
    private final AtomicBoolean metered = new AtomicBoolean();
    private Object pending;
    private boolean ended;

    StartedStream(
            PulledStream source,
            Object first,
            ChatCall call,
            Target target,
            boolean fallback,
            long startNanos,
            UsageMeter meter) {
        this.source = source;
        this.pending = first;
        this.call = call;
        this.target = target;
        this.fallback = fallback;
        this.startNanos = startNanos;
        this.meter = meter;
    }

    @Override
    public String providerId() {
        return target.provider().id();
    }

    @Override
    public String providerName() {
        return target.provider().name();
    }

    @Override
    public String model() {
        return target.model();
    }

    @Override
    public boolean fallbackUsed() {
        return fallback;
    }

    @Override
    public StreamEvent next() {
        if (ended) {
            return null;
        }
        Object event = pending != null ? pending : source.next();
        pending = null;
        if (event instanceof StreamEvent.Delta delta) {
            deliveredChars += delta.text().length();
            return delta;
        }
        ended = true;
        if (event instanceof StreamEvent.Completed completed) {
            meterOnce(completed.usage(), Outcome.SUCCESS);
            return completed;
        }
        PulledStream.Interrupted interrupted = (PulledStream.Interrupted) event;
        meterOnce(interrupted.failure().usage(), Outcome.INTERRUPTED);
        return new StreamEvent.Failed("The provider's stream was interrupted: the answer is incomplete");
    }

    @Override
    public boolean ready() {
        return !ended && (pending != null || source.ready());
    }

    @Override
    public void close() {
        source.close();
        if (!metered.get()) {
            meterOnce(
                    new Usage(Usage.estimateInput(call.request()), Usage.estimateTokens(deliveredChars), true),
                    Outcome.INTERRUPTED);
        }
    }

    private void meterOnce(Usage usage, Outcome outcome) {
        if (metered.compareAndSet(false, true)) {
            meter.record(call, target, usage, outcome, fallback, startNanos);
        }
    }
}
