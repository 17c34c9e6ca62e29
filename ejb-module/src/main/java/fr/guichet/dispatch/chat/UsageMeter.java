package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.Usage;
import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.service.UsageRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;

/**
 * Meters one chat call: tokens priced at the model's price in force now (EUR per million tokens, rounded
 * half-up to 6 decimals), written once under the call's request id. A failure to meter is logged, never
 * turned into a failed answer.
 */
@ApplicationScoped
public class UsageMeter {

    private static final System.Logger LOG = System.getLogger(UsageMeter.class.getName());
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Inject
    UsageRecorder recorder;

    @Inject
    Clock clock;

    void record(ChatCall call, Target target, Usage usage, Outcome outcome, boolean fallback, long startNanos) {
        Usage used = usage == null ? new Usage(0, 0, false) : usage;
        String model = target == null ? call.request().model() : target.model();
        String providerId = target == null ? null : target.provider().id();
        long latencyMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        try {
            recorder.record(new UsageRecord(call.requestId(), call.tenantId(), call.apiKeyId(), call.userId(),
                    providerId, model, used.inputTokens(), used.outputTokens(), used.estimated(),
                    cost(target, used), latencyMs, outcome, fallback, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not meter request " + call.requestId() + ": " + e.getMessage());
        }
    }

    static BigDecimal cost(Target target, Usage usage) {
        if (target == null || target.price() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal input = target.price().inputPerMillion().multiply(BigDecimal.valueOf(usage.inputTokens()));
        BigDecimal output = target.price().outputPerMillion().multiply(BigDecimal.valueOf(usage.outputTokens()));
        return input.add(output).divide(MILLION, 6, RoundingMode.HALF_UP);
    }
}
