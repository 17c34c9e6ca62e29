package fr.guichet.metering.service;

import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.persistence.Stripes;
import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.metering.domain.Outcome;
import fr.guichet.metering.domain.TokenCount;
import fr.guichet.metering.domain.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place a call's usage is recorded, and where tokens become euros. A call's tokens are priced at the price
 * in force now of the model that answered (EUR per million tokens, rounded half-up to 6 decimals; read from the
 * {@link PriceBook}, for that provider only), written once under the call's request id, with the settlement of its
 * quota reservation in the same write (a call no provider served gives its reservation back). A failure to meter
 * is logged, never turned into a failed answer.
 */
@ApplicationScoped
public class UsageMeter {

    private static final System.Logger LOG = System.getLogger(UsageMeter.class.getName());
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Stripes TENANTS = new Stripes(64);

    @Inject
    UsageRecorder recorder;

    @Inject
    DirectUsageRecorder direct;

    @Inject
    PriceBook prices;

    @Inject
    Clock clock;

    /** What these tokens cost now on that provider's model: a reservation's estimate, or a served call's cost. */
    public BigDecimal cost(String providerId, String model, TokenCount tokens) {
        if (tokens.total() == 0) {
            return BigDecimal.ZERO;
        }
        return cost(prices.priceAt(providerId, model, clock.instant()), tokens);
    }

    /** A call a provider answered: in full ({@code complete}), or a stream cut after part of the answer. */
    public void served(
            MeteredCall call, String providerId, String model, TokenCount used, boolean complete, boolean fallback) {
        record(
                call,
                Optional.of(providerId),
                model,
                used,
                complete ? Outcome.SUCCESS : Outcome.INTERRUPTED,
                Optional.empty(),
                fallback);
    }

    /** A call no provider could answer; {@code providerId} is the last one tried, if any was. */
    public void failed(MeteredCall call, Optional<String> providerId, String model, boolean fallback) {
        record(call, providerId, model, TokenCount.NONE, Outcome.PROVIDER_ERROR, Optional.empty(), fallback);
    }

    /** A call Guichet refused before any provider was called, with the code it was refused with. */
    public void refused(MeteredCall call, String model, ErrorCode reason) {
        record(call, Optional.empty(), model, TokenCount.NONE, Outcome.REJECTED, Optional.of(reason.wireName()), false);
    }

    private void record(
            MeteredCall call,
            Optional<String> providerId,
            String model,
            TokenCount used,
            Outcome outcome,
            Optional<String> reason,
            boolean fallback) {
        long latencyMs = Duration.ofNanos(System.nanoTime() - call.startNanos()).toMillis();
        Instant now = clock.instant();
        try {
            BigDecimal cost = providerId.map(p -> cost(p, model, used)).orElse(BigDecimal.ZERO);
            boolean served = outcome == Outcome.SUCCESS || outcome == Outcome.INTERRUPTED;
            Optional<QuotaSettlement> settlement = call.reservation().map(r -> r.settle(served, used.total(), cost));
            UsageRecord record = new UsageRecord(
                    call.requestId(),
                    call.tenantId(),
                    call.apiKeyId(),
                    call.userId().orElse(null),
                    providerId.orElse(null),
                    model,
                    used.input(),
                    used.output(),
                    used.estimated(),
                    cost,
                    latencyMs,
                    outcome,
                    reason.orElse(null),
                    fallback,
                    now);
            if (direct.record(record, settlement).isEmpty()) {
                synchronized (TENANTS.of(record.tenantId())) { // embedded Derby: a rollup row's first insert alone
                    recorder.record(record, settlement);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not meter request " + call.requestId() + ": " + e.getMessage());
        }
    }

    /** What the tokens cost at that price (empty: an unpriced model, free). */
    static BigDecimal cost(Optional<PriceBook.Price> price, TokenCount tokens) {
        if (price.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal input = price.get().inputPerMillion().multiply(BigDecimal.valueOf(tokens.input()));
        BigDecimal output = price.get().outputPerMillion().multiply(BigDecimal.valueOf(tokens.output()));
        return input.add(output).divide(MILLION, 6, RoundingMode.HALF_UP);
    }
}
