package fr.guichet.dispatch.provider;

import static fr.guichet.dispatch.provider.ProviderDouble.parse;
import static fr.guichet.dispatch.provider.ProviderDouble.sseData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiCompatibleAdapterTest {

    private static final String KEY = "sk-test-0123456789";
    private static final String SSE = "text/event-stream";

    private final ProviderDouble openAi = new ProviderDouble();
    private final OpenAiCompatibleAdapter adapter = new OpenAiCompatibleAdapter();

    @AfterEach
    void stop() {
        openAi.close();
    }

    private static ChatRequest fullRequest() {
        return new ChatRequest(
                "gpt-4o-mini",
                List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hi")),
                0.2,
                0.9,
                64,
                List.of("END"),
                "user-42");
    }

    private static ChatRequest hello() {
        return ChatRequest.of("gpt-4o-mini", List.of(ChatMessage.user("Hello there")));
    }

    private static String answer(String content, String usage) {
        return """
                {"id":"chatcmpl-abc","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}]%s}
                """.formatted(content, usage);
    }

    private static String chunk(String delta, String finish) {
        return """
                {"id":"chatcmpl-abc","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",\
                "choices":[{"index":0,"delta":%s,"finish_reason":%s}],"usage":null}""".formatted(delta, finish);
    }

    private static final String USAGE_CHUNK = """
            {"id":"chatcmpl-abc","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",\
            "choices":[],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}""";

    @Test
    @DisplayName("a request goes to {base}/chat/completions with a bearer key and exactly the fields set")
    void sendsTheDocumentedRequest() {
        openAi.answerJson(200, answer("Hello!", ""));

        adapter.complete(openAi.endpoint("/v1", KEY), fullRequest());

        RecordedRequest sent = openAi.request();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(openAi.requestBody(sent)).isEqualTo(parse("""
                {"model":"gpt-4o-mini",
                 "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],
                 "temperature":0.2,"top_p":0.9,"max_tokens":64,"stop":["END"],"user":"user-42"}"""));
    }

    @Test
    @DisplayName("parameters left unset are left out of the request")
    void omitsUnsetParameters() {
        openAi.answerJson(200, answer("Hello!", ""));

        adapter.complete(openAi.endpoint("/v1/", KEY), hello());

        RecordedRequest sent = openAi.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(openAi.requestBody(sent)).isEqualTo(parse("""
                {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello there"}]}"""));
    }

    @Test
    @DisplayName("a plain answer maps id, model, content, finish reason and the provider's usage")
    void mapsAPlainAnswer() {
        openAi.answerJson(
                200, answer("Hello!", ",\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17}"));

        ChatResponse response = adapter.complete(openAi.endpoint("/v1", KEY), hello());

        assertThat(response)
                .isEqualTo(new ChatResponse(
                        "chatcmpl-abc", "gpt-4o-mini-2024-07-18", "Hello!", "stop", Usage.reported(12, 5)));
    }

    @Test
    @DisplayName("an answer without usage is metered with an estimate marked as such")
    void estimatesMissingUsage() {
        openAi.answerJson(200, answer("Hello, how are you?", ""));

        Usage usage = adapter.complete(openAi.endpoint("/v1", KEY), hello()).usage();

        // "Hello there" = 11 chars -> 3 tokens; "Hello, how are you?" = 19 chars -> 5 tokens
        assertThat(usage).isEqualTo(new Usage(3, 5, true));
    }

    @Test
    @DisplayName("a stream asks for usage, delivers deltas in order and completes once with the final usage chunk")
    void streamsAnAnswer() {
        openAi.answerStream(
                SSE,
                sseData(
                        chunk("{\"role\":\"assistant\",\"content\":\"\"}", "null"),
                        chunk("{\"content\":\"Hel\"}", "null"),
                        chunk("{\"content\":\"lo!\"}", "null"),
                        chunk("{}", "\"length\""),
                        USAGE_CHUNK,
                        "[DONE]"));
        RecordingListener listener = new RecordingListener();

        adapter.stream(openAi.endpoint("/v1", KEY), hello(), listener);

        RecordedRequest sent = openAi.request();
        assertThat(sent.getHeaders().get("Accept")).isEqualTo(SSE);
        assertThat(openAi.requestBody(sent)).isEqualTo(parse("""
                {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello there"}],
                 "stream":true,"stream_options":{"include_usage":true}}"""));
        assertThat(listener.deltas).containsExactly("Hel", "lo!");
        assertThat(listener.finishReasons).containsExactly("length");
        assertThat(listener.usages).containsExactly(Usage.reported(9, 3));
    }

    @Test
    @DisplayName("a stream whose provider sends no usage completes with an estimate")
    void streamWithoutUsageIsEstimated() {
        openAi.answerStream(
                SSE,
                sseData(chunk("{\"content\":\"Hello, how are you?\"}", "null"), chunk("{}", "\"stop\""), "[DONE]"));
        RecordingListener listener = new RecordingListener();

        adapter.stream(openAi.endpoint("/v1", KEY), hello(), listener);

        assertThat(listener.usages).containsExactly(new Usage(3, 5, true));
    }

    @ParameterizedTest(name = "{0} {2} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            401 | invalid_request_error | invalid_api_key       | Incorrect API key provided | AUTHENTICATION
            404 | invalid_request_error | model_not_found       | The model does not exist   | MODEL_NOT_FOUND
            429 | insufficient_quota    | insufficient_quota    | You exceeded your quota    | RATE_LIMITED
            500 | server_error          |                       | The server had an error    | SERVER_ERROR
            503 | server_error          |                       | The engine is overloaded   | OVERLOADED
            400 | invalid_request_error | invalid_value         | temperature is too high    | INVALID_REQUEST
            """)
    @DisplayName("an error status and body become the right failure, with the provider's message, type and code")
    void mapsErrors(int status, String type, String code, String message, Failure failure) {
        openAi.answerJson(status, """
                {"error":{"message":"%s","type":"%s","param":null,"code":%s}}""".formatted(message, type, code == null ? "null" : "\"" + code + "\""));

        assertThatThrownBy(() -> adapter.complete(openAi.endpoint("/v1", KEY), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.providerMessage()).isEqualTo(message);
                    assertThat(e.errorType()).contains(type);
                    assertThat(e.errorCode().orElse(null)).isEqualTo(code);
                    assertThat(e.retryable()).isEqualTo(status >= 429);
                    assertThat(e.provider()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
                });
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} ms")
    @CsvSource({
        "retry-after, 20, 20000",
        "x-ratelimit-reset-requests, 6s, 6000",
        "x-ratelimit-reset-requests, 12ms, 12",
        "x-ratelimit-reset-requests, 1m30.5s, 90500"
    })
    @DisplayName("a 429 carries how long to wait, from retry-after or the rate-limit reset header")
    void rateLimitCarriesRetryAfter(String header, String value, long millis) {
        openAi.answer(ProviderDouble.json(429, """
                {"error":{"message":"Rate limit reached","type":"requests","param":null,\
                "code":"rate_limit_exceeded"}}""").addHeader(header, value).build());

        assertThatThrownBy(() -> adapter.complete(openAi.endpoint("/v1", KEY), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofMillis(millis));
                });
    }

    @Test
    @DisplayName("an error answer to a stream request fails before any delta, so the caller may fall back")
    void streamErrorBeforeFirstDelta() {
        openAi.answer(
                ProviderDouble.json(429, """
                {"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}""").addHeader("retry-after", "2").build());
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(openAi.endpoint("/v1", KEY), hello(), listener))
                .isExactlyInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).retryAfter()).contains(Duration.ofSeconds(2)));
        assertThat(listener.deltas).isEmpty();
        assertThat(listener.completed()).isFalse();
    }

    @Test
    @DisplayName("an error event inside a 200 stream, before any delta, is a provider failure")
    void inStreamErrorBeforeFirstDelta() {
        openAi.answerStream(SSE, sseData("""
                {"error":{"message":"The server had an error","type":"server_error"}}"""));

        assertThatThrownBy(() -> adapter.stream(openAi.endpoint("/v1", KEY), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                    assertThat(e.providerMessage()).isEqualTo("The server had an error");
                });
    }

    @Test
    @DisplayName("no answer within the timeout is a TIMEOUT, plain or streamed")
    void slowAnswerTimesOut() {
        openAi.answerLate(answer("late", ""));
        openAi.answerLate(answer("late", ""));

        assertThatThrownBy(() -> adapter.complete(openAi.impatientEndpoint("/v1", KEY), hello()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
        assertThatThrownBy(() -> adapter.stream(openAi.impatientEndpoint("/v1", KEY), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    @DisplayName("a refused connection is a retryable CONNECTION failure with no status, plain or streamed")
    void refusedConnection() {
        ProviderEndpoint nowhere = new ProviderEndpoint(
                "http://127.0.0.1:" + ProviderDouble.closedPort() + "/v1", KEY, Duration.ofSeconds(2));

        assertThatThrownBy(() -> adapter.complete(nowhere, hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                    assertThat(e.status()).isZero();
                    assertThat(e.retryable()).isTrue();
                });
        assertThatThrownBy(() -> adapter.stream(nowhere, hello(), new RecordingListener()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
    }

    @Test
    @DisplayName("a stream cut after some deltas is interrupted with the text delivered and an estimated usage")
    void streamCutAfterDeltas() {
        openAi.answerStreamCutHalfway(
                SSE,
                sseData(chunk("{\"content\":\"Once upon\"}", "null"), chunk("{\"content\":\" a time\"}", "null"))
                        + ProviderDouble.ssePadding(2000)
                        + sseData(chunk("{\"content\":\" there was\"}", "null"), chunk("{}", "\"stop\""), "[DONE]"));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(openAi.endpoint("/v1", KEY), hello(), listener))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).isEqualTo("Once upon a time");
                    assertThat(e.usage()).isEqualTo(new Usage(3, 4, true));
                    assertThat(e.failure().failure()).isEqualTo(Failure.CONNECTION);
                });
        assertThat(listener.text()).isEqualTo("Once upon a time");
        assertThat(listener.completed()).isFalse();
    }

    @Test
    @DisplayName("a stream that falls silent after some deltas is interrupted once the timeout passes")
    void streamStalledAfterDeltas() {
        openAi.answerStreamStalledHalfway(
                SSE,
                sseData(chunk("{\"content\":\"Once upon\"}", "null"))
                        + ProviderDouble.ssePadding(1000)
                        + sseData(chunk("{}", "\"stop\""), "[DONE]"));

        assertThatThrownBy(() -> adapter.stream(openAi.impatientEndpoint("/v1", KEY), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).isEqualTo("Once upon");
                    assertThat(e.failure().failure()).isEqualTo(Failure.TIMEOUT);
                });
    }

    @Test
    @DisplayName("a pulled stream tells whether its next line has arrived: yes within a burst, no while it stalls")
    void readiness() {
        openAi.answerStream(
                SSE,
                sseData(
                        chunk("{\"content\":\"Once\"}", "null"),
                        chunk("{\"content\":\" upon\"}", "null"),
                        chunk("{}", "\"stop\""),
                        "[DONE]"));
        RecordingListener burst = new RecordingListener();
        try (ProviderStream stream = adapter.open(openAi.endpoint("/v1", KEY), hello(), burst)) {
            while (burst.deltas.isEmpty()) {
                assertThat(stream.advance()).isTrue();
            }
            assertThat(stream.ready()).isTrue();
            while (stream.advance()) {
                // the rest of the burst
            }
            assertThat(stream.ready()).isFalse();
            assertThat(burst.text()).isEqualTo("Once upon");
        }

        openAi.answerStreamStalledHalfway(
                SSE,
                sseData(chunk("{\"content\":\"Once upon\"}", "null"))
                        + ProviderDouble.ssePadding(1000)
                        + sseData(chunk("{}", "\"stop\""), "[DONE]"));
        RecordingListener stalled = new RecordingListener();
        ProviderStream stream = adapter.open(openAi.endpoint("/v1", KEY), hello(), stalled);
        while (stalled.deltas.isEmpty()) {
            assertThat(stream.advance()).isTrue();
        }
        while (stream.ready()) {
            stream.advance(); // what arrived before the stall (padding)
        }
        assertThat(stalled.completed()).isFalse();
        // the client went away: closing drops the connection, it does not wait for the rest (5 s timeout)
        long closing = System.nanoTime();
        stream.close();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("a stream longer than the timeout is not cut while its lines keep coming")
    void longSteadyStream() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append(sseData(chunk("{\"content\":\"word \"}", "null")));
        }
        body.append(sseData(chunk("{}", "\"stop\""), USAGE_CHUNK, "[DONE]"));
        // about 200 bytes every 100 ms: well over the 300 ms timeout in all, never silent for that long
        openAi.answer(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", SSE)
                .body(body.toString())
                .throttleBody(200, 100, TimeUnit.MILLISECONDS)
                .build());
        RecordingListener listener = new RecordingListener();

        adapter.stream(openAi.impatientEndpoint("/v1", KEY), hello(), listener);

        assertThat(listener.text()).isEqualTo("word ".repeat(12));
        assertThat(listener.usages).containsExactly(Usage.reported(9, 3));
    }

    @Test
    @DisplayName("the model list is read from {base}/models")
    void listsModels() {
        openAi.answerJson(200, """
                {"object":"list","data":[{"id":"gpt-4o","object":"model","created":1,"owned_by":"openai"},
                {"id":"gpt-4o-mini","object":"model","created":2,"owned_by":"openai"}]}""");

        assertThat(adapter.listModels(openAi.endpoint("/v1", KEY))).containsExactly("gpt-4o", "gpt-4o-mini");
        RecordedRequest sent = openAi.request();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    @DisplayName("a key echoed by the provider never reaches the exception, nor does the endpoint show it")
    void neverLeaksTheKey() {
        openAi.answerJson(401, """
                {"error":{"message":"Incorrect API key provided: %s","type":"invalid_request_error",
                "code":"invalid_api_key"}}""".formatted(KEY));
        ProviderEndpoint endpoint = openAi.endpoint("/v1", KEY);

        assertThatThrownBy(() -> adapter.complete(endpoint, hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain(KEY).contains("Incorrect API key provided: ***");
                    assertThat(e.providerMessage()).doesNotContain(KEY);
                });
        assertThat(endpoint.toString()).doesNotContain(KEY);
    }

    @Test
    @DisplayName("a 200 answer that is not JSON is a retryable SERVER_ERROR")
    void garbageAnswer() {
        openAi.answerJson(200, "<html>gateway</html>");

        assertThatThrownBy(() -> adapter.complete(openAi.endpoint("/v1", KEY), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                    assertThat(e.status()).isEqualTo(200);
                });
    }
}
