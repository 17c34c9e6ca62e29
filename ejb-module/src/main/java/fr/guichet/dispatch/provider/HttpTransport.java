package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP side of an adapter: one JDK {@link HttpClient} (HTTP/1.1, no redirects), created on first use, and
 * the two ways of calling it: a whole answer within a deadline, or a {@link LineStream}. Every transport
 * failure leaves here as a {@link ProviderException} ({@code CONNECTION} or {@code TIMEOUT}, status 0).
 */
final class HttpTransport {

    /** Upper bound of connecting; the endpoint's (usually shorter) timeout bounds the whole call anyway. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ProviderKind kind;
    private volatile HttpClient client;

    HttpTransport(ProviderKind kind) {
        this.kind = kind;
    }

    /** Sends {@code request} and reads the whole answer; the timeout bounds connecting, waiting and reading. */
    HttpReply exchange(HttpRequest request, Duration timeout) {
        CompletableFuture<HttpResponse<String>> call =
                client().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new HttpReply(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw timeout(timeout, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderException(kind, Failure.CONNECTION, 0, "interrupted while waiting for the answer",
                    null, null, null, e);
        }
    }

    /** Sends {@code request} and returns once the status line and headers are in, within the timeout. */
    LineStream openLines(HttpRequest request, Duration timeout) {
        return LineStream.open(this, client(), request, timeout);
    }

    ProviderException timeout(Duration timeout, Throwable cause) {
        return new ProviderException(kind, Failure.TIMEOUT, 0, "no answer within " + timeout.toMillis() + " ms",
                null, null, null, cause);
    }

    /** Classifies a transport failure: a timeout, or anything else that broke the connection. */
    ProviderException failure(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProviderException known) {
            return known;
        }
        Failure failure = cause instanceof HttpTimeoutException ? Failure.TIMEOUT : Failure.CONNECTION;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new ProviderException(kind, failure, 0, message, null, null, null, cause);
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }
}
