package fr.guichet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Ollama's native API (JDK HttpServer): {@code POST /api/chat} streaming newline-delimited
 * JSON by default — one line per fragment, a last line with {@code done:true}, {@code done_reason},
 * {@code prompt_eval_count} and {@code eval_count} — or one object with {@code stream:false}; and
 * {@code GET /api/tags}.
 */
final class OllamaDouble implements AutoCloseable {

    static final List<String> DELTAS = List.of("Hello", " from", " the Ollama double");
    static final String TEXT = String.join("", DELTAS);
    static final int PROMPT_TOKENS = 9;
    static final int COMPLETION_TOKENS = 5;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger chatCalls = new AtomicInteger();
    private volatile JsonNode lastRequest;

    private OllamaDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/chat", this::chat);
        server.createContext("/api/tags", this::tags);
        server.setExecutor(threads);
        server.start();
    }

    static OllamaDouble start() {
        try {
            return new OllamaDouble();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int chatCalls() {
        return chatCalls.get();
    }

    JsonNode lastRequest() {
        return lastRequest;
    }

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
            String model = request.path("model").asText();
            if (!request.path("stream").asBoolean(true)) {
                Map<String, Object> answer = last(model);
                answer.put("message", Map.of("role", "assistant", "content", TEXT));
                OpenAiDouble.json(exchange, 200, answer);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String delta : DELTAS) {
                line(
                        out,
                        Map.of(
                                "model",
                                model,
                                "created_at",
                                "2026-01-01T00:00:00.000000Z",
                                "message",
                                Map.of("role", "assistant", "content", delta),
                                "done",
                                false));
            }
            Map<String, Object> done = last(model);
            done.put("message", Map.of("role", "assistant", "content", ""));
            line(out, done);
        }
    }

    /** The final fields of an answer: done, the reason, token counts and durations in nanoseconds. */
    private static Map<String, Object> last(String model) {
        return new HashMap<>(Map.of(
                "model",
                model,
                "created_at",
                "2026-01-01T00:00:01.000000Z",
                "done",
                true,
                "done_reason",
                "stop",
                "total_duration",
                120_000_000L,
                "load_duration",
                1_000_000L,
                "prompt_eval_count",
                PROMPT_TOKENS,
                "prompt_eval_duration",
                20_000_000L,
                "eval_count",
                COMPLETION_TOKENS,
                "eval_duration",
                90_000_000L));
    }

    private static void line(OutputStream out, Object value) throws IOException {
        out.write((Api.write(value) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void tags(HttpExchange exchange) throws IOException {
        try (exchange) {
            OpenAiDouble.json(
                    exchange,
                    200,
                    Map.of(
                            "models",
                            List.of(Map.of(
                                    "name",
                                    "llama3:latest",
                                    "model",
                                    "llama3:latest",
                                    "modified_at",
                                    "2026-01-01T00:00:00Z",
                                    "size",
                                    4_661_224_676L,
                                    "digest",
                                    "365c0bd3c000",
                                    "details",
                                    Map.of("format", "gguf", "family", "llama")))));
        }
    }
}
