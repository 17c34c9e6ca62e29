package fr.guichet.dispatch.chat;

import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.dispatch.service.PriceView;
import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.service.DirectUsageRecorder;
import fr.guichet.metering.service.UsageRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Meters one chat call: its tokens priced at the price in force now of the model that answered (EUR per
 * million tokens, rounded half-up to 6 decimals; read here, once, for that provider only), written once under
 * the call's request id, with the settlement of its quota reservation in the same transaction (a call no
 * provider served gives its reservation back); a refused call with the code it was refused with. A failure to
 * meter is logged, never turned into a failed answer.
 */
@ApplicationScoped
public class UsageMeter {

    private static final System.Logger LOG = System.getLogger(UsageMeter.class.getName());
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Inject
    UsageRecorder recorder;

    @Inject
    DirectUsageRecorder direct;

    @Inject
    ModelCatalog catalog;

    @Inject
    DispatchCache cache;

    @Inject
    Clock clock;

    void record(ChatCall call, Target target, Usage usage, Outcome outcome, boolean fallback, long startNanos) {
        record(call, target, usage, outcome, null, fallback, startNanos);
    }

    /** Meters a call Guichet refused before any provider was called, with the code it was refused with. */
    void refused(ChatCall call, ErrorCode reason, long startNanos) {
        record(call, null, null, Outcome.REJECTED, reason.wireName(), false, startNanos);
    }

    private void record(
            ChatCall call,
            Target target,
            Usage usage,
            Outcome outcome,
            String reason,
            boolean fallback,
            long startNanos) {
        Usage used = usage == null ? new Usage(0, 0, false) : usage;
        String model = target == null ? call.request().model() : target.model();
        String providerId = target == null ? null : target.provider().id();
        long latencyMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        Instant now = clock.instant();
        try {
            PriceView price = target == null || (used.inputTokens() == 0 && used.outputTokens() == 0)
                    ? null
                    : cache.price(providerId, model, now, () -> catalog.priceSchedule(providerId, model))
                            .orElse(null);
            BigDecimal cost = cost(price, used);
            boolean served = outcome == Outcome.SUCCESS || outcome == Outcome.INTERRUPTED;
            QuotaSettlement settlement = call.reservation() == null
                    ? null
                    : call.reservation().settle(served, (long) used.inputTokens() + used.outputTokens(), cost);
            UsageRecord record = new UsageRecord(
                    call.requestId(),
                    call.tenantId(),
                    call.apiKeyId(),
                    call.userId(),
                    providerId,
                    model,
                    used.inputTokens(),
                    used.outputTokens(),
                    used.estimated(),
                    cost,
                    latencyMs,
                    outcome,
                    reason,
                    fallback,
                    now);
            if (direct.record(record, settlement).isEmpty()) {
                recorder.record(record, settlement);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not meter request " + call.requestId() + ": " + e.getMessage());
        }
    }

    /** What the tokens cost at that price (null: an unpriced model, free). */
    static BigDecimal cost(PriceView price, Usage usage) {
        if (price == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal input = price.inputPerMillion().multiply(BigDecimal.valueOf(usage.inputTokens()));
        BigDecimal output = price.outputPerMillion().multiply(BigDecimal.valueOf(usage.outputTokens()));
        return input.add(output).divide(MILLION, 6, RoundingMode.HALF_UP);
    }
}
