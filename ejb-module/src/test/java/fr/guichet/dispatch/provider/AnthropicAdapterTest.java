package fr.guichet.dispatch.provider;

import static fr.guichet.dispatch.provider.ProviderDouble.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import java.time.Duration;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicAdapterTest {

    private static final String KEY = "sk-ant-test-0123456789";
    private static final String SSE = "text/event-stream";
    private static final String MODEL = "claude-sonnet-4-5";

    private final ProviderDouble anthropic = new ProviderDouble();
    private final AnthropicAdapter adapter = new AnthropicAdapter();

    @AfterEach
    void stop() {
        anthropic.close();
    }

    private ProviderEndpoint endpoint() {
        return anthropic.endpoint("", KEY);
    }

    private static ChatRequest hello() {
        return ChatRequest.of(MODEL, List.of(ChatMessage.user("Hello there")));
    }

    private static String event(String type, String data) {
        return "event: " + type + "\ndata: " + data + "\n\n";
    }

    private static String messageStart(int inputTokens) {
        return event("message_start", """
                {"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant","content":[],\
                "model":"%s","stop_reason":null,"stop_sequence":null,\
                "usage":{"input_tokens":%d,"output_tokens":1}}}""".formatted(MODEL, inputTokens));
    }

    private static String textDelta(String text) {
        return event("content_block_delta", """
                {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"%s"}}""".formatted(text));
    }

    private static String messageEnd(String stopReason, int outputTokens) {
        return event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("message_delta", """
                {"type":"message_delta","delta":{"stop_reason":"%s","stop_sequence":null},\
                "usage":{"output_tokens":%d}}""".formatted(stopReason, outputTokens))
                + event("message_stop", "{\"type\":\"message_stop\"}");
    }

    private static final String BLOCK_START = event(
            "content_block_start",
            "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
    private static final String PING = event("ping", "{\"type\": \"ping\"}");

    private static String answer(String stopReason) {
        return """
                {"id":"msg_01","type":"message","role":"assistant","model":"%s",
                 "content":[{"type":"text","text":"Hello"},{"type":"text","text":" world"}],
                 "stop_reason":"%s","stop_sequence":null,"usage":{"input_tokens":21,"output_tokens":7}}""".formatted(MODEL, stopReason);
    }

    @Test
    @DisplayName("a request carries x-api-key and anthropic-version, the system prompt as a top-level field")
    void sendsTheDocumentedRequest() {
        anthropic.answerJson(200, answer("end_turn"));
        ChatRequest request = new ChatRequest(
                MODEL,
                List.of(
                        ChatMessage.system("Be brief."),
                        ChatMessage.user("Hi"),
                        ChatMessage.assistant("Hello!"),
                        ChatMessage.system("Answer in French."),
                        ChatMessage.user("Again")),
                0.5,
                0.9,
                300,
                List.of("END"),
                "user-42");

        adapter.complete(endpoint(), request);

        RecordedRequest sent = anthropic.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(sent.getHeaders().get("Authorization")).isNull();
        assertThat(anthropic.requestBody(sent)).isEqualTo(parse("""
                {"model":"claude-sonnet-4-5","max_tokens":300,"system":"Be brief.\\n\\nAnswer in French.",
                 "messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"},
                             {"role":"user","content":"Again"}],
                 "temperature":0.5,"top_p":0.9,"stop_sequences":["END"],"metadata":{"user_id":"user-42"}}"""));
    }

    @Test
    @DisplayName("max_tokens, required by Anthropic, is defaulted when the request sets none; nothing else is added")
    void defaultsMaxTokens() {
        anthropic.answerJson(200, answer("end_turn"));

        adapter.complete(endpoint(), hello());

        assertThat(anthropic.requestBody(anthropic.request())).isEqualTo(parse("""
                {"model":"claude-sonnet-4-5","max_tokens":4096,
                 "messages":[{"role":"user","content":"Hello there"}]}"""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"end_turn, stop", "max_tokens, length", "stop_sequence, stop"})
    @DisplayName("a plain answer joins its text blocks and maps stop_reason and usage")
    void mapsAPlainAnswer(String stopReason, String finishReason) {
        anthropic.answerJson(200, answer(stopReason));

        ChatResponse response = adapter.complete(endpoint(), hello());

        assertThat(response)
                .isEqualTo(new ChatResponse("msg_01", MODEL, "Hello world", finishReason, Usage.reported(21, 7)));
    }

    @Test
    @DisplayName("a stream takes input tokens from message_start and output tokens from message_delta, ignoring pings")
    void streamsAnAnswer() {
        anthropic.answerStream(
                SSE,
                messageStart(25)
                        + BLOCK_START
                        + PING
                        + textDelta("Hel")
                        + PING
                        + textDelta("lo!")
                        + messageEnd("max_tokens", 15));
        RecordingListener listener = new RecordingListener();

        adapter.stream(endpoint(), hello(), listener);

        RecordedRequest sent = anthropic.request();
        assertThat(sent.getHeaders().get("Accept")).isEqualTo(SSE);
        assertThat(anthropic.requestBody(sent).getBoolean("stream")).isTrue();
        assertThat(listener.deltas).containsExactly("Hel", "lo!");
        assertThat(listener.finishReasons).containsExactly("length");
        assertThat(listener.usages).containsExactly(Usage.reported(25, 15));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            401 | authentication_error  | invalid x-api-key            | AUTHENTICATION
            403 | permission_error      | not allowed                  | AUTHENTICATION
            404 | not_found_error       | model: claude-nope           | MODEL_NOT_FOUND
            400 | invalid_request_error | max_tokens: must be positive | INVALID_REQUEST
            500 | api_error             | Internal server error        | SERVER_ERROR
            503 | api_error             | Service unavailable          | OVERLOADED
            529 | overloaded_error      | Overloaded                   | OVERLOADED
            """)
    @DisplayName("an error status and body become the right failure, with the provider's type and message")
    void mapsErrors(int status, String type, String message, Failure failure) {
        anthropic.answerJson(status, """
                {"type":"error","error":{"type":"%s","message":"%s"}}""".formatted(type, message));

        assertThatThrownBy(() -> adapter.complete(endpoint(), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.providerMessage()).isEqualTo(message);
                    assertThat(e.errorType()).contains(type);
                    assertThat(e.retryable()).isEqualTo(status >= 500);
                });
    }

    @Test
    @DisplayName("a 429 rate_limit_error carries retry-after")
    void rateLimited() {
        anthropic.answer(
                ProviderDouble.json(429, """
                {"type":"error","error":{"type":"rate_limit_error",\
                "message":"Number of requests has exceeded your rate limit"}}""").addHeader("retry-after", "30").build());

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                });
    }

    @Test
    @DisplayName("an overloaded_error event before any text is an OVERLOADED failure, so the caller may fall back")
    void overloadedEventBeforeText() {
        anthropic.answerStream(SSE, messageStart(25) + PING + event("error", """
                {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"""));

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.OVERLOADED);
                    assertThat(e.status()).isZero();
                });
    }

    @Test
    @DisplayName("an error event after some text interrupts the stream, keeping the reported input tokens")
    void errorEventAfterText() {
        anthropic.answerStream(
                SSE,
                messageStart(25)
                        + BLOCK_START
                        + textDelta("Hello, how are you?")
                        + event(
                                "error",
                                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), listener))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).isEqualTo("Hello, how are you?");
                    assertThat(e.usage()).isEqualTo(new Usage(25, 5, true));
                    assertThat(e.failure().failure()).isEqualTo(Failure.OVERLOADED);
                });
        assertThat(listener.completed()).isFalse();
    }

    @Test
    @DisplayName("a stream cut after some deltas is interrupted with the text delivered")
    void streamCutAfterDeltas() {
        anthropic.answerStreamCutHalfway(
                SSE,
                messageStart(25)
                        + BLOCK_START
                        + textDelta("Once upon")
                        + textDelta(" a time")
                        + ProviderDouble.ssePadding(3000)
                        + textDelta(" there was")
                        + messageEnd("end_turn", 9));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), listener))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).isEqualTo("Once upon a time");
                    assertThat(e.failure().failure()).isEqualTo(Failure.CONNECTION);
                });
        assertThat(listener.deltas).containsExactly("Once upon", " a time");
    }

    @Test
    @DisplayName("no answer within the timeout is a TIMEOUT")
    void slowAnswerTimesOut() {
        anthropic.answerLate(answer("end_turn"));

        assertThatThrownBy(() -> adapter.complete(anthropic.impatientEndpoint("", KEY), hello()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    @DisplayName("a refused connection is a CONNECTION failure")
    void refusedConnection() {
        ProviderEndpoint nowhere =
                new ProviderEndpoint("http://127.0.0.1:" + ProviderDouble.closedPort(), KEY, Duration.ofSeconds(2));

        assertThatThrownBy(() -> adapter.stream(nowhere, hello(), new RecordingListener()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
    }

    @Test
    @DisplayName("an answer without usage is metered with an estimate marked as such")
    void estimatesMissingUsage() {
        anthropic.answerJson(200, """
                {"id":"msg_02","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"Hello, how are you?"}],"stop_reason":"end_turn"}""");

        assertThat(adapter.complete(endpoint(), hello()).usage()).isEqualTo(new Usage(3, 5, true));
    }

    @Test
    @DisplayName("the model list is read from {base}/v1/models with the same headers")
    void listsModels() {
        anthropic.answerJson(200, """
                {"data":[{"type":"model","id":"claude-sonnet-4-5","display_name":"Claude Sonnet 4.5",
                  "created_at":"2025-09-29T00:00:00Z"},
                 {"type":"model","id":"claude-haiku-4-5","display_name":"Claude Haiku 4.5",
                  "created_at":"2025-10-01T00:00:00Z"}],
                 "has_more":false,"first_id":"claude-sonnet-4-5","last_id":"claude-haiku-4-5"}""");

        assertThat(adapter.listModels(endpoint())).containsExactly("claude-sonnet-4-5", "claude-haiku-4-5");
        RecordedRequest sent = anthropic.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    }
}
