package fr.guichet.dispatch.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * A provider call under MicroProfile Fault Tolerance: one retry on a failure worth retrying
 * ({@link RetryableFailure}: connection, timeout, 429, 5xx, overloaded — never a provider's 4xx), a bulkhead of
 * 64 concurrent upstream calls, and an outer timeout of 120 s (the adapters' own timeouts — connect, whole
 * answer, silence in a stream — normally strike first). Each value is a MicroProfile Config key, e.g.
 * {@code fr.guichet.dispatch.chat.ProviderCalls/call/Retry/maxRetries} or {@code Retry/maxRetries}. The circuit
 * breaker is per provider ({@link ProviderCircuits}), and moving on to the next provider (the fallback) is the
 * {@link ProviderAttempts}' loop over the route, before the first byte reaches the client.
 */
@ApplicationScoped
public class ProviderCalls {

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = RetryableFailure.class)
    @Bulkhead(64)
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    public <T> T call(Supplier<T> call) {
        return call.get();
    }
}
