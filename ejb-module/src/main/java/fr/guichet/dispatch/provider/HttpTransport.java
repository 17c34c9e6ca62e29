package fr.guichet.dispatch.provider;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP side of an adapter: Apache HttpClient's classic (blocking) client over a pool of keep-alive
 * connections, created on first use, HTTP/1.1, no redirects, no cookies, no compression. A call runs entirely on
 * the caller's thread — the request thread of the client's call — so neither a whole answer nor a stream hands
 * anything over to another thread. Two ways of calling: a whole answer within a deadline, or a {@link LineStream}.
 *
 * <p>Timeouts: connecting within {@link #CONNECT_TIMEOUT}, then every wait for bytes
 * within the endpoint's timeout; a whole answer must also be read within it (checked between reads). A pooled
 * connection idle for more than a second is checked before reuse, and a request whose reused connection turns out
 * closed before any answer ({@link NoHttpResponseException}) is sent once more on a new one — the race of a
 * keep-alive connection the provider closed meanwhile. Every transport failure leaves here as a
 * {@link ProviderException} ({@code CONNECTION} or {@code TIMEOUT}, status 0; {@code BUSY} when every pooled
 * connection stayed in use for the whole timeout).
 */
final class HttpTransport {

    /** Upper bound of connecting; the endpoint's (usually shorter) timeout bounds the whole call anyway. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Connections per provider kind (all its hosts together). A stream holds its connection for its whole life, so
     * this bounds the streams open at once to one kind; a call beyond it waits for a connection within the timeout.
     */
    private static final int MAX_CONNECTIONS = 1024;

    /**
     * The longest wait for a free connection when all are in use (at most the endpoint's timeout): then the call
     * fails {@code BUSY}, and the next provider of the chain — perhaps of the same kind, so the same pool — is not
     * kept waiting for a whole endpoint timeout each.
     */
    static final Duration POOL_WAIT = Duration.ofSeconds(5);

    private static final int MAX_BODY_CHARS = 16 * 1024 * 1024;

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private final ProviderKind kind;
    private final int maxConnections;
    private volatile CloseableHttpClient client;

    HttpTransport(ProviderKind kind) {
        this(kind, MAX_CONNECTIONS);
    }

    HttpTransport(ProviderKind kind, int maxConnections) {
        this.kind = kind;
        this.maxConnections = maxConnections;
    }

    /** Sends {@code request} and reads the whole answer; the timeout bounds connecting, waiting and reading. */
    HttpReply exchange(ProviderRequest request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpUriRequestBase http = toHttp(request, timeout);
        try (ClassicHttpResponse response = client().executeOpen(null, http, null)) {
            try {
                String body = read(response.getEntity(), deadline, timeout);
                // the headers only matter to an error (Retry-After, rate-limit resets)
                int status = response.getCode();
                return new HttpReply(status, status / 100 == 2 ? NO_HEADERS : headers(response), body);
            } catch (IOException | RuntimeException e) {
                http.cancel(); // close the connection: closing the response would read the rest of the body first
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e, timeout);
        }
    }

    /** Sends {@code request} and returns once the status line and headers are in, within the timeout. */
    LineStream openLines(ProviderRequest request, Duration timeout) {
        HttpUriRequestBase http = toHttp(request, timeout);
        ClassicHttpResponse response;
        try {
            response = client().executeOpen(null, http, null);
        } catch (IOException | RuntimeException e) {
            throw failure(e, timeout);
        }
        return new LineStream(this, http, response, timeout);
    }

    ProviderException timeout(Duration timeout, Throwable cause) {
        return new ProviderException(
                kind, Failure.TIMEOUT, 0, "no answer within " + timeout.toMillis() + " ms", null, null, null, cause);
    }

    /** Classifies a transport failure: a timeout (no byte within the timeout), or anything that broke the call. */
    ProviderException failure(Throwable error, Duration timeout) {
        if (error instanceof ProviderException known) {
            return known;
        }
        if (error instanceof ConnectionRequestTimeoutException) { // every pooled connection in use meanwhile
            long waited = Math.min(timeout.toMillis(), POOL_WAIT.toMillis());
            return new ProviderException(
                    kind,
                    Failure.BUSY,
                    0,
                    "all " + maxConnections + " connections to " + kind + " providers in use for " + waited + " ms",
                    null,
                    null,
                    null,
                    error);
        }
        if (error instanceof InterruptedIOException) { // SocketTimeoutException, ConnectTimeoutException
            return timeout(timeout, error);
        }
        String message = error.getMessage() == null
                ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return new ProviderException(kind, Failure.CONNECTION, 0, message, null, null, null, error);
    }

    static HttpHeaders headers(HttpResponse response) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            map.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    private String read(HttpEntity entity, long deadline, Duration timeout) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[8192];
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
                if (System.nanoTime() - deadline > 0) {
                    throw timeout(timeout, null);
                }
                if (bytes.size() > MAX_BODY_CHARS) {
                    throw new ProviderException(
                            kind, Failure.CONNECTION, 0, "answer larger than " + MAX_BODY_CHARS + " bytes");
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static HttpUriRequestBase toHttp(ProviderRequest request, Duration timeout) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        for (ProviderRequest.Header header : request.headers()) {
            http.addHeader(header.name(), header.value());
        }
        if (request.body() != null) {
            http.setEntity(new StringEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        http.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(timeout.compareTo(POOL_WAIT) < 0 ? timeout : POOL_WAIT))
                .setResponseTimeout(Timeout.of(timeout))
                .setRedirectsEnabled(false)
                .build());
        return http;
    }

    private CloseableHttpClient client() {
        CloseableHttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = HttpClients.custom()
                            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                                    .setMaxConnTotal(maxConnections)
                                    .setMaxConnPerRoute(maxConnections)
                                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                                            .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                                            .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                                            .build())
                                    .build())
                            .setRetryStrategy(new ResendUnanswered())
                            .disableRedirectHandling()
                            .disableCookieManagement()
                            .disableAuthCaching()
                            .disableContentCompression()
                            .setUserAgent("Guichet")
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    /**
     * Sends a request once more, on a new connection, only when the reused connection was closed before any
     * answer; never on a status (the dispatcher's Fault Tolerance policies decide about 429 and 5xx).
     */
    private static final class ResendUnanswered extends DefaultHttpRequestRetryStrategy {

        ResendUnanswered() {
            super(1, TimeValue.ZERO_MILLISECONDS);
        }

        @Override
        public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
            return execCount <= 1 && exception instanceof NoHttpResponseException;
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }
    }
}
