package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ChatRequest;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.limits.domain.RateStatus;
import fr.guichet.metering.service.MeteredCall;
import fr.guichet.metering.service.UsageMeter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream whose first fragment has arrived. Meters the call exactly once: at its normal end with the
 * provider's usage, at a mid-stream failure, or when closed early (the client went away) with an estimate
 * of what was delivered.
 */
final class StartedStream implements ChatStream {

    private final PulledStream source;
    private final ChatRequest request;
    private final Target target;
    private final boolean fallback;
    private final MeteredCall call;
    private final UsageMeter meter;
    private final RateStatus rate;
    private long deliveredChars;
    private final AtomicBoolean metered = new AtomicBoolean();
    private Object pending;
    private boolean ended;

    StartedStream(
            ProviderAttempts.Answered<ProviderAttempts.Opened> answer,
            ChatRequest request,
            MeteredCall call,
            UsageMeter meter,
            RateStatus rate) {
        this.source = answer.result().source();
        this.pending = answer.result().first();
        this.request = request;
        this.target = answer.target();
        this.fallback = answer.fallback();
        this.call = call;
        this.meter = meter;
        this.rate = rate;
    }

    @Override
    public RateStatus rate() {
        return rate;
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
            meterOnce(completed.usage(), true);
            return completed;
        }
        PulledStream.Interrupted interrupted = (PulledStream.Interrupted) event;
        meterOnce(interrupted.failure().usage(), false);
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
            meterOnce(new Usage(Usage.estimateInput(request), Usage.estimateTokens(deliveredChars), true), false);
        }
    }

    /** Meters the call as served, in full ({@code complete}) or in part, unless it was metered already. */
    private void meterOnce(Usage usage, boolean complete) {
        if (metered.compareAndSet(false, true)) {
            meter.served(call, target.provider().id(), target.model(), usage.count(), complete, fallback);
        }
    }
}
