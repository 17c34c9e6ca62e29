package fr.guichet.dispatch.provider;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A local HTTP server that plays a provider in tests: canned answers in the provider's wire format (JSON,
 * SSE, NDJSON), answers cut or stalled half-way, and a record of each request received.
 */
final class ProviderDouble implements AutoCloseable {

    static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private final MockWebServer server = new MockWebServer();

    ProviderDouble() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The double's base URL with {@code prefix} (such as {@code /v1}), without a trailing slash. */
    String baseUrl(String prefix) {
        String url = server.url(prefix).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    ProviderEndpoint endpoint(String prefix, String apiKey) {
        return new ProviderEndpoint(baseUrl(prefix), apiKey, Duration.ofSeconds(5));
    }

    ProviderEndpoint impatientEndpoint(String prefix, String apiKey) {
        return new ProviderEndpoint(baseUrl(prefix), apiKey, SHORT_TIMEOUT);
    }

    void answerJson(int status, String json) {
        server.enqueue(json(status, json).build());
    }

    void answer(MockResponse response) {
        server.enqueue(response);
    }

    void answerStream(String contentType, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", contentType)
                .body(body)
                .build());
    }

    /** Sends the first half of {@code body}, then closes the connection. */
    void answerStreamCutHalfway(String contentType, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", contentType)
                .body(body)
                .onResponseBody(new SocketEffect.CloseSocket())
                .build());
    }

    /** Sends the first half of {@code body}, then stays silent with the connection open. */
    void answerStreamStalledHalfway(String contentType, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", contentType)
                .body(body)
                .onResponseBody(SocketEffect.Stall.INSTANCE)
                .build());
    }

    /** Answers only after the adapter's short timeout has passed. */
    void answerLate(String json) {
        server.enqueue(json(200, json)
                .headersDelay(SHORT_TIMEOUT.toMillis() * 5, TimeUnit.MILLISECONDS)
                .build());
    }

    static MockResponse.Builder json(int status, String json) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(json);
    }

    RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the double received no request");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The JSON body of the next request received. */
    JsonObject requestBody(RecordedRequest request) {
        return parse(request.getBody() == null ? "" : request.getBody().utf8());
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** SSE lines {@code data: ...} each followed by a blank line, as OpenAI and Gemini send them. */
    static String sseData(String... data) {
        StringBuilder body = new StringBuilder();
        for (String item : data) {
            body.append("data: ").append(item).append("\n\n");
        }
        return body.toString();
    }

    /** SSE comment lines that pad a body, so that its first half holds only what precedes them. */
    static String ssePadding(int chars) {
        return (": keep-alive\n").repeat(chars / 13 + 1);
    }

    /** A local port where nothing listens: connecting is refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
