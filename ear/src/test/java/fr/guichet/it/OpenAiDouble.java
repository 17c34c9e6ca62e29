package fr.guichet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for OpenAI's API, speaking its real protocol over HTTP (JDK HttpServer): {@code POST
 * /v1/chat/completions} as one JSON answer or as server-sent events ending with a usage chunk and
 * {@code data: [DONE]}, and {@code GET /v1/models}. It checks the bearer key, and can be told to fail (500,
 * 429 with {@code Retry-After}, 400), cut a stream after two fragments, or be stopped so that connections
 * are refused.
 */
final class OpenAiDouble implements AutoCloseable {

    /** How the double answers chat calls. */
    enum Mode {
        ANSWER,
        SERVER_ERROR,
        RATE_LIMITED,
        BAD_REQUEST,
        STREAM_CUT,
        SLOW
    }

    /** How long a SLOW answer waits before it starts: longer than the test server's provider timeout. */
    static final Duration SLOW_DELAY = Duration.ofSeconds(6);

    static final List<String> DELTAS = List.of("Bonjour", " from", " the OpenAI double");
    static final String TEXT = String.join("", DELTAS);
    static final int PROMPT_TOKENS = 11;
    static final int COMPLETION_TOKENS = 7;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final java.util.Set<String> acceptedKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger chatCalls = new AtomicInteger();
    private volatile String lastKey;
    private volatile Mode mode = Mode.ANSWER;
    private volatile JsonNode lastRequest;

    private OpenAiDouble(String apiKey) throws IOException {
        acceptedKeys.add(apiKey);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/models", this::models);
        server.setExecutor(threads);
        server.start();
    }

    static OpenAiDouble start(String apiKey) {
        try {
            return new OpenAiDouble(apiKey);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base URL to register: the OpenAI-compatible adapter appends {@code /chat/completions}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answer(Mode newMode) {
        mode = newMode;
    }

    int chatCalls() {
        return chatCalls.get();
    }

    void resetCalls() {
        chatCalls.set(0);
    }

    JsonNode lastRequest() {
        return lastRequest;
    }

    /** Accepts one more API key, as a real provider account would. */
    void accept(String key) {
        acceptedKeys.add(key);
    }

    /** The API key the last chat call carried. */
    String lastKey() {
        return lastKey;
    }

    /** Stops listening: from now on connections to its port are refused. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void chat(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = Api.JSON.readTree(exchange.getRequestBody().readAllBytes());
            lastRequest = request;
            chatCalls.incrementAndGet();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            lastKey = authorization == null ? null : authorization.replaceFirst("^Bearer ", "");
            if (lastKey == null || !acceptedKeys.contains(lastKey)) {
                error(exchange, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
                return;
            }
            switch (mode) {
                case SERVER_ERROR ->
                    error(
                            exchange,
                            500,
                            "The server had an error while processing your request.",
                            "server_error",
                            null);
                case RATE_LIMITED -> {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    error(exchange, 429, "Rate limit reached for requests.", "requests", "rate_limit_exceeded");
                }
                case BAD_REQUEST ->
                    error(
                            exchange,
                            400,
                            "Invalid 'max_tokens': integer above maximum value.",
                            "invalid_request_error",
                            "integer_above_max_value");
                case STREAM_CUT -> stream(exchange, request.path("model").asText(), true);
                case SLOW -> {
                    pause(SLOW_DELAY);
                    json(exchange, 200, completion(request.path("model").asText()));
                }
                case ANSWER -> {
                    if (request.path("stream").asBoolean(false)) {
                        stream(exchange, request.path("model").asText(), false);
                    } else {
                        json(exchange, 200, completion(request.path("model").asText()));
                    }
                }
            }
        }
    }

    /** A provider that is slow to answer (this is the double's side; the tests themselves never sleep). */
    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> completion(String model) {
        return Map.of(
                "id",
                "chatcmpl-double",
                "object",
                "chat.completion",
                "created",
                1_767_225_600L,
                "model",
                model,
                "choices",
                List.of(Map.of(
                        "index", 0, "message", Map.of("role", "assistant", "content", TEXT), "finish_reason", "stop")),
                "usage",
                usage());
    }

    private static Map<String, Object> usage() {
        return Map.of(
                "prompt_tokens",
                PROMPT_TOKENS,
                "completion_tokens",
                COMPLETION_TOKENS,
                "total_tokens",
                PROMPT_TOKENS + COMPLETION_TOKENS);
    }

    /** A streamed answer; {@code cut}: the body ends after two fragments, without finish reason nor [DONE]. */
    private static void stream(HttpExchange exchange, String model, boolean cut) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        event(out, chunk(model, Map.of("role", "assistant", "content", ""), null));
        for (String delta : cut ? DELTAS.subList(0, 2) : DELTAS) {
            event(out, chunk(model, Map.of("content", delta), null));
        }
        if (cut) {
            return;
        }
        event(out, chunk(model, Map.of(), "stop"));
        event(
                out,
                Map.of(
                        "id",
                        "chatcmpl-double",
                        "object",
                        "chat.completion.chunk",
                        "created",
                        1_767_225_600L,
                        "model",
                        model,
                        "choices",
                        List.of(),
                        "usage",
                        usage()));
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Map<String, Object> chunk(String model, Map<String, Object> delta, String finishReason) {
        Map<String, Object> choice = new HashMap<>(Map.of("index", 0, "delta", delta));
        choice.put("finish_reason", finishReason);
        return Map.of(
                "id",
                "chatcmpl-double",
                "object",
                "chat.completion.chunk",
                "created",
                1_767_225_600L,
                "model",
                model,
                "choices",
                List.of(choice));
    }

    private static void event(OutputStream out, Object data) throws IOException {
        out.write(("data: " + Api.write(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void models(HttpExchange exchange) throws IOException {
        try (exchange) {
            json(
                    exchange,
                    200,
                    Map.of(
                            "object",
                            "list",
                            "data",
                            List.of(Map.of(
                                    "id",
                                    "gpt-4o-mini",
                                    "object",
                                    "model",
                                    "created",
                                    1_700_000_000L,
                                    "owned_by",
                                    "system"))));
        }
    }

    private static void error(HttpExchange exchange, int status, String message, String type, String code)
            throws IOException {
        Map<String, Object> body = new HashMap<>(Map.of("message", message, "type", type));
        body.put("param", null);
        body.put("code", code);
        json(exchange, status, Map.of("error", body));
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Api.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
