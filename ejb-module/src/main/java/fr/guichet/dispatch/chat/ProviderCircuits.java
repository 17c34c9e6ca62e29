package fr.guichet.dispatch.chat;

import dev.failsafe.CircuitBreaker;
import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderException.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * One circuit breaker per registered provider (Failsafe's, since MicroProfile Fault Tolerance keeps a breaker
 * per method, and providers are data): when a provider keeps failing — {@code failures} of its last
 * {@code calls} calls, each call counted once after its retries — it is not called for {@code delay}; then
 * trial calls go through, and {@code successes} of them in a row close it. Only failures another provider
 * might not have count (connection, timeout, 429, 5xx); a provider refusing a request is healthy. Kept in
 * this server's memory: each server learns a provider's health from its own calls. The delay is counted on the
 * injected {@link Clock} (Failsafe's own, on {@code System.nanoTime}, is set beyond reach): {@link #permits} half-opens
 * a circuit whose delay has passed.
 */
@ApplicationScoped
public class ProviderCircuits {

    /** Failsafe's own delay, never reached: the injected clock decides when an open circuit half-opens. */
    private static final Duration NEVER = Duration.ofDays(3650);

    @Inject
    DispatchConfig config;

    @Inject
    Clock clock;

    /** When each provider's circuit last opened, on the injected clock. */
    private final ConcurrentMap<String, Instant> openedAt = new ConcurrentHashMap<>();

    private final ConcurrentMap<String, CircuitBreaker<Object>> circuits = new ConcurrentHashMap<>();

    /**
     * Records on its provider's circuit how a call ended that threw {@code failure}: a failure worth retrying (or Fault
     * Tolerance giving up) counts against the provider; a refusal of the request shows a healthy provider;
     * {@code BUSY} — Guichet's own connections to the provider all in use — says nothing of the provider: nothing is
     * recorded while the circuit is closed, and a half-open circuit's trial counts as failed rather than as a
     * success the provider never earned.
     */
    static void recordOutcome(CircuitBreaker<Object> circuit, RuntimeException failure) {
        if (failure instanceof RetryableFailure || failure instanceof FaultToleranceException) {
            circuit.recordFailure();
        } else if (failure instanceof ProviderException p && p.failure() == Failure.BUSY) {
            if (!circuit.isClosed()) {
                circuit.recordFailure();
            }
        } else {
            circuit.recordSuccess();
        }
    }

    /** The breaker of that provider, created closed on first use. */
    public CircuitBreaker<Object> of(String providerId) {
        return circuits.computeIfAbsent(
                providerId,
                id -> CircuitBreaker.builder()
                        .withFailureThreshold(config.circuitFailures(), config.circuitCalls())
                        .withDelay(NEVER)
                        .withSuccessThreshold(config.circuitSuccesses())
                        .onOpen(opened -> openedAt.put(id, clock.instant()))
                        .build());
    }

    /**
     * Takes a permit to call that provider now: always while its circuit is closed; once its delay has passed since
     * the circuit opened, a trial (the circuit half-opens); otherwise none.
     */
    public boolean permits(String providerId) {
        CircuitBreaker<Object> circuit = of(providerId);
        Instant opened = openedAt.get(providerId);
        if (circuit.isOpen() && opened != null && !clock.instant().isBefore(opened.plus(config.circuitDelay()))) {
            circuit.halfOpen();
        }
        return circuit.tryAcquirePermit();
    }
}
