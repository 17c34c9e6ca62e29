package fr.guichet.dispatch.chat;

import dev.failsafe.CircuitBreaker;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.provider.ChatRequest;
import fr.guichet.dispatch.provider.ChatResponse;
import fr.guichet.dispatch.provider.ProviderAdapters;
import fr.guichet.dispatch.provider.ProviderEndpoint;
import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.service.ProviderKeyService;
import fr.guichet.dispatch.service.ResolvedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Calls the providers of a route in order until one answers: each with its key (personal > tenant > global), under
 * its circuit breaker ({@link ProviderCircuits}) and {@link ProviderCalls}' Fault Tolerance policies. Falls back to
 * the next provider when one fails for a reason another may not have (connection, timeout, 429, 5xx, open circuit,
 * its own key refused or missing); a request the provider itself rejects (400) is not tried anywhere else. Throws
 * {@link ProvidersFailed} when no provider answered.
 */
@ApplicationScoped
public class ProviderAttempts {

    @Inject
    ProviderKeyService keys;

    @Inject
    ProviderAdapters adapters;

    @Inject
    ProviderCalls calls;

    @Inject
    ProviderCircuits circuits;

    @Inject
    DispatchCache cache;

    @Inject
    DispatchConfig config;

    /** What a provider answered, which provider of the route it was, and whether it was a fallback. */
    record Answered<T>(T result, Target target, boolean fallback) {}

    /** A complete answer. */
    Answered<ChatResponse> complete(ChatCall call, List<Target> route) {
        return first(call, route, (target, endpoint) -> {
            ChatRequest request = call.request().withModel(target.model());
            return guarded(
                    target, () -> adapters.forKind(target.provider().kind()).complete(endpoint, request));
        });
    }

    /** A stream pulled up to its first fragment (nothing has reached the client yet, so it may still fall back). */
    Answered<Opened> open(ChatCall call, List<Target> route) {
        return first(call, route, (target, endpoint) -> {
            ProviderKind kind = target.provider().kind();
            ChatRequest request = call.request().withModel(target.model());
            List<PulledStream> opened = new ArrayList<>(2);
            try {
                return guarded(target, () -> open(kind, endpoint, request, opened));
            } catch (RuntimeException e) {
                // Fault Tolerance gave up on an attempt (its timeout) after it had opened: the provider's
                // connection goes back, nothing reached the client.
                opened.forEach(PulledStream::close);
                throw e;
            }
        });
    }

    private interface Attempt<T> {
        T run(Target target, ProviderEndpoint endpoint);
    }

    private <T> Answered<T> first(ChatCall call, List<Target> route, Attempt<T> attempt) {
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
                return new Answered<>(attempt.run(target, endpoint), target, i > 0);
            } catch (RetryableFailure e) {
                failures.failed(target, e.failure());
            } catch (FaultToleranceException | CircuitOpen e) {
                failures.failed(target, e);
            } catch (ProviderException e) {
                if (e.failure() == ProviderException.Failure.INVALID_REQUEST) {
                    throw new ProvidersFailed(
                            Optional.of(target),
                            i > 0,
                            new DomainException(
                                    ErrorCode.PROVIDER_REJECTED,
                                    target.provider().name() + " refused the request: " + e.providerMessage()));
                }
                failures.failed(target, e);
            }
        }
        throw new ProvidersFailed(failures.last(), route.size() > 1, failures.toException());
    }

    private ProviderEndpoint endpoint(Target target, ChatCall call) {
        String userId = call.userId().orElse(null);
        ResolvedKey key = cache.key(
                target.provider().id(),
                call.tenantId(),
                userId,
                () -> keys.resolve(target.provider().id(), call.tenantId(), userId));
        return new ProviderEndpoint(
                target.provider().baseUrl(), key.isEmpty() ? null : key.plaintextKey(), config.timeout());
    }

    /**
     * Runs one provider call under its provider's circuit breaker and the Fault Tolerance policies. An open
     * circuit fails at once (the caller falls back); a provider's own refusal (4xx) leaves its circuit alone.
     */
    private <T> T guarded(Target target, Supplier<T> call) {
        CircuitBreaker<Object> circuit = circuits.of(target.provider().id());
        if (!circuits.permits(target.provider().id())) {
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
    private Opened open(ProviderKind kind, ProviderEndpoint endpoint, ChatRequest request, List<PulledStream> opened) {
        long deadline = System.nanoTime() + config.firstByteTimeout().toNanos();
        PulledStream pulled = new PulledStream(kind);
        pulled.attach(adapters.forKind(kind).open(endpoint, request, pulled));
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
