package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The calls to providers under MicroProfile Fault Tolerance: one retry on a failure worth retrying, a
 * bulkhead on concurrent upstream calls, an outer timeout of 120 s (the adapters' own timeouts — connect,
 * whole answer, silence in a stream — normally strike first), and a circuit breaker per provider protocol:
 * one method per {@link ProviderKind}, since a breaker's state belongs to its method, so providers of one
 * protocol (OpenAI, Mistral, Groq) share a breaker for now. The breaker counts attempts, retries included:
 * 6 failures among the last 10 open it for 15 s, so one failed call (two attempts) never opens it alone.
 * Every value is a MicroProfile Config key, e.g.
 * {@code fr.guichet.dispatch.chat.ProviderCalls/openAiCompatible/Retry/maxRetries}, or {@code Retry/maxRetries}
 * for all. Moving on to the next provider (the fallback) is the {@link Dispatcher}'s loop, before the first
 * byte reaches the client. Failures must arrive classified: {@link RetryableFailure} or a provider's 4xx.
 */
@ApplicationScoped
public class ProviderCalls {

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = RetryableFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000, successThreshold = 2,
            failOn = RetryableFailure.class)
    @Bulkhead(64)
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    public <T> T openAiCompatible(Supplier<T> call) {
        return call.get();
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = RetryableFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000, successThreshold = 2,
            failOn = RetryableFailure.class)
    @Bulkhead(64)
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    public <T> T anthropic(Supplier<T> call) {
        return call.get();
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = RetryableFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000, successThreshold = 2,
            failOn = RetryableFailure.class)
    @Bulkhead(64)
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    public <T> T gemini(Supplier<T> call) {
        return call.get();
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = RetryableFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000, successThreshold = 2,
            failOn = RetryableFailure.class)
    @Bulkhead(64)
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    public <T> T ollama(Supplier<T> call) {
        return call.get();
    }
}
