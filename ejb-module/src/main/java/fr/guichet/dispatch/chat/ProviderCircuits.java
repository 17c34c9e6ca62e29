package fr.guichet.dispatch.chat;

import dev.failsafe.CircuitBreaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One circuit breaker per registered provider (Failsafe's, since MicroProfile Fault Tolerance keeps a breaker
 * per method, and providers are data): when a provider keeps failing — {@code failures} of its last
 * {@code calls} calls, each call counted once after its retries — it is not called for {@code delay}; then
 * trial calls go through, and {@code successes} of them in a row close it. Only failures another provider
 * might not have count (connection, timeout, 429, 5xx); a provider refusing a request is healthy. Kept in
 * this server's memory: each server learns a provider's health from its own calls.
 */
@ApplicationScoped
public class ProviderCircuits {

    @Inject
    DispatchConfig config;

    private final ConcurrentMap<String, CircuitBreaker<Object>> circuits = new ConcurrentHashMap<>();

    /** The breaker of that provider, created closed on first use. */
    public CircuitBreaker<Object> of(String providerId) {
        return circuits.computeIfAbsent(providerId, id -> CircuitBreaker.builder()
                .withFailureThreshold(config.circuitFailures(), config.circuitCalls())
                .withDelay(config.circuitDelay())
                .withSuccessThreshold(config.circuitSuccesses())
                .build());
    }
}
