package fr.guichet.dispatch.chat;

import dev.failsafe.CircuitBreaker;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.provider.ChatRequest;
import fr.guichet.dispatch.provider.ProviderAdapter;
import fr.guichet.dispatch.provider.ProviderAdapters;
import fr.guichet.dispatch.provider.ProviderEndpoint;
import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.dispatch.service.PriceView;
import fr.guichet.dispatch.service.ProviderKeyService;
import fr.guichet.dispatch.service.ResolvedKey;
import fr.guichet.limits.domain.Reservation;
import fr.guichet.limits.service.Admission;
import fr.guichet.limits.service.LimitsConfig;
import fr.guichet.metering.domain.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The chat path's dispatcher. Plans the route along the provider chain, resolves each provider's key
 * (personal > tenant > global), calls providers under their circuit breaker ({@link ProviderCircuits}) and
 * {@link ProviderCalls}' Fault Tolerance policies and,
 * while nothing has reached the client, falls back to the next provider when one fails for a reason another
 * may not have (connection, timeout, 429, 5xx, open circuit, its own key refused). A request the provider
 * itself rejects (400) is not retried anywhere. Every call is metered exactly once.
 */
@ApplicationScoped
public class Dispatcher {

    @Inject
    RoutePlanner planner;

    @Inject
    ProviderKeyService keys;

    @Inject
    ProviderAdapters adapters;

    @Inject
    ProviderCalls calls;

    @Inject
    ProviderCircuits circuits;

    @Inject
    UsageMeter meter;

    @Inject
    DispatchConfig config;

    @Inject
    ModelListing listing;

    @Inject
    Admission admission;

    @Inject
    DispatchCache cache;

    @Inject
    LimitsConfig limits;

    @Inject
    ModelCatalog catalog;

    @Inject
    Clock clock;

    /** A complete answer, or a DomainException (MODEL_NOT_FOUND, NO_PROVIDER_KEY, PROVIDER_REJECTED/UNAVAILABLE). */
    public ChatResult complete(ChatCall call) {
        return dispatch(
                call,
                (target, endpoint) -> {
                    ProviderAdapter adapter = adapters.forKind(target.provider().kind());
                    ChatRequest request = call.request().withModel(target.model());
                    return guarded(target, () -> adapter.complete(endpoint, request));
                },
                (reserved, target, fallback, start, response) -> {
                    meter.record(reserved, target, response.usage(), Outcome.SUCCESS, fallback, start);
                    return new ChatResult(
                            response, target.provider().id(), target.provider().name(), target.model(), fallback);
                });
    }

    /** A stream that has started; the same exceptions as {@link #complete} before its first byte. */
    public ChatStream stream(ChatCall call) {
        return dispatch(
                call,
                (target, endpoint) -> {
                    ProviderKind kind = target.provider().kind();
                    ChatRequest request = call.request().withModel(target.model());
                    List<PulledStream> opened = new ArrayList<>(2);
                    try {
                        return guarded(target, () -> open(kind, adapters.forKind(kind), endpoint, request, opened));
                    } catch (RuntimeException e) {
                        // Fault Tolerance gave up on an attempt (its timeout) after it had opened: the provider's
                        // connection goes back, nothing reached the client.
                        opened.forEach(PulledStream::close);
                        throw e;
                    }
                },
                (reserved, target, fallback, start, opened) ->
                        new StartedStream(opened.source(), opened.first(), reserved, target, fallback, start, meter));
    }

    /** The models the tenant's chain serves that the key may call. */
    public List<ModelEntry> models(String tenantId, List<String> allowedModels) {
        return listing.models(planner.chain(tenantId), allowedModels);
    }

    private interface Attempt<T> {
        T run(Target target, ProviderEndpoint endpoint);
    }

    private interface Success<T, R> {
        R done(ChatCall call, Target target, boolean fallback, long startNanos, T result);
    }

    private <T, R> R dispatch(ChatCall call, Attempt<T> attempt, Success<T, R> success) {
        long start = System.nanoTime();
        List<Target> route;
        try {
            route = planner.plan(call.tenantId(), call.request().model(), call.allowedModels());
        } catch (DomainException e) {
            meter.refused(call, e.code(), start);
            throw e;
        }
        try {
            call = call.reserved(reserve(call, route.get(0)));
        } catch (DomainException e) {
            meter.refused(call, e.code(), start);
            throw e;
        }
        try {
            return attempts(call, route, attempt, success, start);
        } catch (DomainException e) {
            throw e; // metered where it was thrown
        } catch (RuntimeException e) {
            // Unexpected (the database failed while resolving a key, a bug): the call is metered as failed, which
            // gives its reservation back; a no-op when it was metered already (one event per request id).
            meter.record(call, null, null, Outcome.PROVIDER_ERROR, false, start);
            throw e;
        }
    }

    private <T, R> R attempts(
            ChatCall call, List<Target> route, Attempt<T> attempt, Success<T, R> success, long start) {
        FailedAttempts failures = new FailedAttempts();
        for (int i = 0; i < route.size(); i++) {
            Target target = route.get(i);
            ProviderEndpoint endpoint;
            try {
                endpoint = endpoint(target, call);
            } catch (DomainException e) {
                failures.noKey(target, e);
                continue;
            }
            try {
                return success.done(call, target, i > 0, start, attempt.run(target, endpoint));
            } catch (RetryableFailure e) {
                failures.failed(target, e.failure());
            } catch (FaultToleranceException | CircuitOpen e) {
                failures.failed(target, e);
            } catch (ProviderException e) {
                if (e.failure() == ProviderException.Failure.INVALID_REQUEST) {
                    meter.record(call, target, null, Outcome.PROVIDER_ERROR, i > 0, start);
                    throw new DomainException(
                            ErrorCode.PROVIDER_REJECTED,
                            target.provider().name() + " refused the request: " + e.providerMessage());
                }
                failures.failed(target, e);
            }
        }
        meter.record(call, failures.last(), null, Outcome.PROVIDER_ERROR, route.size() > 1, start);
        throw failures.toException();
    }

    /**
     * Takes the call's share of the monthly quotas: one request, the prompt's estimated tokens plus
     * {@code max_tokens} (or the configured default), and what they would cost on the first provider of the route.
     */
    private Reservation reserve(ChatCall call, Target first) {
        ChatRequest request = call.request();
        int input = Usage.estimateInput(request);
        int output = request.maxTokens() != null ? request.maxTokens() : limits.defaultOutputReservation();
        PriceView price = cache.price(
                        first.provider().id(),
                        first.model(),
                        clock.instant(),
                        () -> catalog.priceSchedule(first.provider().id(), first.model()))
                .orElse(null);
        BigDecimal cost = UsageMeter.cost(price, new Usage(input, output, true));
        return admission.reserve(call.tenantId(), call.zone(), (long) input + output, cost);
    }

    private ProviderEndpoint endpoint(Target target, ChatCall call) {
        ResolvedKey key = cache.key(
                target.provider().id(),
                call.tenantId(),
                call.userId(),
                () -> keys.resolve(target.provider().id(), call.tenantId(), call.userId()));
        return new ProviderEndpoint(
                target.provider().baseUrl(), key.isEmpty() ? null : key.plaintextKey(), config.timeout());
    }

    /**
     * Runs one provider call under its provider's circuit breaker and the Fault Tolerance policies. An open
     * circuit fails at once (the caller falls back); a provider's own refusal (4xx) leaves its circuit alone.
     */
    private <T> T guarded(Target target, Supplier<T> call) {
        CircuitBreaker<Object> circuit = circuits.of(target.provider().id());
        if (!circuit.tryAcquirePermit()) {
            throw new CircuitOpen(target.provider().name());
        }
        try {
            T result = calls.call(() -> {
                try {
                    return call.get();
                } catch (ProviderException e) {
                    throw e.retryable() ? new RetryableFailure(e) : e;
                }
            });
            circuit.recordSuccess();
            return result;
        } catch (RuntimeException e) {
            ProviderCircuits.recordOutcome(circuit, e);
            throw e;
        }
    }

    /**
     * Opens the provider's stream and pulls it, on this thread, up to its first fragment, within the first-byte
     * timeout counted from the request (checked between lines; each wait for a line is bounded by the endpoint's
     * timeout). The stream is added to {@code opened} as soon as it is open, so that the caller can close it.
     */
    private Opened open(
            ProviderKind kind,
            ProviderAdapter adapter,
            ProviderEndpoint endpoint,
            ChatRequest request,
            List<PulledStream> opened) {
        long deadline = System.nanoTime() + config.firstByteTimeout().toNanos();
        PulledStream pulled = new PulledStream(kind);
        pulled.attach(adapter.open(endpoint, request, pulled));
        opened.add(pulled);
        try {
            return new Opened(pulled, pulled.first(deadline, config.firstByteTimeout()));
        } catch (RuntimeException e) {
            pulled.close();
            throw e;
        }
    }

    /** A pulled stream and its first event. */
    record Opened(PulledStream source, Object first) {}
}
