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

class GeminiAdapterTest {

    private static final String KEY = "AIza-test-0123456789";
    private static final String SSE = "text/event-stream";
    private static final String MODEL = "gemini-2.0-flash";

    private final ProviderDouble gemini = new ProviderDouble();
    private final GeminiAdapter adapter = new GeminiAdapter();

    @AfterEach
    void stop() {
        gemini.close();
    }

    private ProviderEndpoint endpoint() {
        return gemini.endpoint("", KEY);
    }

    private static ChatRequest hello() {
        return ChatRequest.of(MODEL, List.of(ChatMessage.user("Hello there")));
    }

    /** Gemini ends its SSE lines with CRLF. */
    private static String data(String json) {
        return "data: " + json + "\r\n\r\n";
    }

    private static String chunk(String text, String finishReason, String usage) {
        return data(
                """
                {"candidates":[{"content":{"parts":[{"text":"%s"}],"role":"model"}%s,"index":0}],\
                "usageMetadata":%s,"modelVersion":"gemini-2.0-flash"}""".formatted(text, finishReason == null ? "" : ",\"finishReason\":\"" + finishReason + "\"", usage));
    }

    private static String answer(String finishReason) {
        return """
                {"candidates":[{"content":{"parts":[{"text":"Hello"},{"text":" world"}],"role":"model"},
                  "finishReason":"%s","index":0}],
                 "usageMetadata":{"promptTokenCount":11,"candidatesTokenCount":4,"totalTokenCount":15},
                 "modelVersion":"gemini-2.0-flash-001","responseId":"resp-1"}""".formatted(finishReason);
    }

    @Test
    @DisplayName("a request goes to {model}:generateContent with x-goog-api-key, roles user/model, systemInstruction")
    void sendsTheDocumentedRequest() {
        gemini.answerJson(200, answer("STOP"));
        ChatRequest request = new ChatRequest(
                "models/" + MODEL,
                List.of(
                        ChatMessage.system("Be brief."),
                        ChatMessage.user("Hi"),
                        ChatMessage.assistant("Hello!"),
                        ChatMessage.user("Again")),
                0.5,
                0.9,
                300,
                List.of("END"),
                "user-42");

        adapter.complete(endpoint(), request);

        RecordedRequest sent = gemini.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
        assertThat(sent.getUrl().query()).isNull();
        assertThat(sent.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
        assertThat(gemini.requestBody(sent)).isEqualTo(parse("""
                {"contents":[{"role":"user","parts":[{"text":"Hi"}]},{"role":"model","parts":[{"text":"Hello!"}]},
                             {"role":"user","parts":[{"text":"Again"}]}],
                 "systemInstruction":{"parts":[{"text":"Be brief."}]},
                 "generationConfig":{"temperature":0.5,"topP":0.9,"maxOutputTokens":300,"stopSequences":["END"]}}"""));
    }

    @Test
    @DisplayName("without parameters or system prompt, only contents is sent")
    void sendsOnlyContents() {
        gemini.answerJson(200, answer("STOP"));

        adapter.complete(endpoint(), hello());

        assertThat(gemini.requestBody(gemini.request())).isEqualTo(parse("""
                {"contents":[{"role":"user","parts":[{"text":"Hello there"}]}]}"""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"STOP, stop", "MAX_TOKENS, length", "SAFETY, content_filter"})
    @DisplayName("a plain answer joins its parts and maps finishReason and usageMetadata")
    void mapsAPlainAnswer(String finishReason, String mapped) {
        gemini.answerJson(200, answer(finishReason));

        ChatResponse response = adapter.complete(endpoint(), hello());

        assertThat(response)
                .isEqualTo(new ChatResponse(
                        "resp-1", "gemini-2.0-flash-001", "Hello world", mapped, Usage.reported(11, 4)));
    }

    @Test
    @DisplayName("a blocked prompt answers empty with content_filter")
    void blockedPrompt() {
        gemini.answerJson(200, """
                {"promptFeedback":{"blockReason":"SAFETY"},
                 "usageMetadata":{"promptTokenCount":11,"totalTokenCount":11}}""");

        ChatResponse response = adapter.complete(endpoint(), hello());

        assertThat(response.content()).isEmpty();
        assertThat(response.finishReason()).isEqualTo("content_filter");
        assertThat(response.usage()).isEqualTo(Usage.reported(11, 0));
    }

    @Test
    @DisplayName("a stream uses :streamGenerateContent?alt=sse and takes usage from the last chunks")
    void streamsAnAnswer() {
        gemini.answerStream(
                SSE,
                chunk("Hel", null, "{\"promptTokenCount\":8,\"totalTokenCount\":8}")
                        + chunk(
                                "lo!",
                                null,
                                "{\"promptTokenCount\":8,\"candidatesTokenCount\":2,\"totalTokenCount\":10}")
                        + chunk("", "MAX_TOKENS", """
                {"promptTokenCount":8,"candidatesTokenCount":3,"thoughtsTokenCount":4,"totalTokenCount":15}"""));
        RecordingListener listener = new RecordingListener();

        adapter.stream(endpoint(), hello(), listener);

        RecordedRequest sent = gemini.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.0-flash:streamGenerateContent");
        assertThat(sent.getUrl().query()).isEqualTo("alt=sse");
        assertThat(sent.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
        assertThat(listener.deltas).containsExactly("Hel", "lo!");
        assertThat(listener.finishReasons).containsExactly("length");
        assertThat(listener.usages).containsExactly(Usage.reported(8, 7));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | INVALID_ARGUMENT   | Invalid value at 'generation_config.temperature' | INVALID_REQUEST
            403 | PERMISSION_DENIED  | Permission denied on resource project            | AUTHENTICATION
            404 | NOT_FOUND          | models/gemini-nope is not found for API version  | MODEL_NOT_FOUND
            429 | RESOURCE_EXHAUSTED | Resource has been exhausted                      | RATE_LIMITED
            500 | INTERNAL           | An internal error has occurred                   | SERVER_ERROR
            503 | UNAVAILABLE        | The model is overloaded                          | OVERLOADED
            """)
    @DisplayName("an error status and body become the right failure, with Gemini's status as the type")
    void mapsErrors(int status, String type, String message, Failure failure) {
        gemini.answerJson(status, """
                {"error":{"code":%d,"message":"%s","status":"%s"}}""".formatted(status, message, type));

        assertThatThrownBy(() -> adapter.complete(endpoint(), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.providerMessage()).isEqualTo(message);
                    assertThat(e.errorType()).contains(type);
                    assertThat(e.errorCode()).contains(String.valueOf(status));
                });
    }

    @Test
    @DisplayName("an invalid key, which Gemini answers with 400, is an AUTHENTICATION failure")
    void invalidKey() {
        gemini.answerJson(400, """
                {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
                 "status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
                 "reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}""");

        assertThatThrownBy(() -> adapter.complete(endpoint(), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.AUTHENTICATION);
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    @DisplayName("RESOURCE_EXHAUSTED carries the retryDelay of its RetryInfo")
    void resourceExhaustedCarriesRetryDelay() {
        gemini.answerJson(429, """
                {"error":{"code":429,"message":"You exceeded your current quota","status":"RESOURCE_EXHAUSTED",
                 "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[]},
                            {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"41s"}]}}""");

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(41));
                });
    }

    @Test
    @DisplayName("a stream cut after some deltas, before any finishReason, is interrupted with the text delivered")
    void streamCutAfterDeltas() {
        String usage = "{\"promptTokenCount\":8,\"totalTokenCount\":8}";
        gemini.answerStreamCutHalfway(
                SSE,
                chunk("Once upon", null, usage)
                        + chunk(" a time", null, usage)
                        + ProviderDouble.ssePadding(3000)
                        + chunk(" there was", "STOP", usage));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), listener))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).isEqualTo("Once upon a time");
                    assertThat(e.usage()).isEqualTo(new Usage(8, 4, true));
                });
        assertThat(listener.completed()).isFalse();
    }

    @Test
    @DisplayName("no answer within the timeout is a TIMEOUT")
    void slowAnswerTimesOut() {
        gemini.answerLate(answer("STOP"));

        assertThatThrownBy(() -> adapter.stream(gemini.impatientEndpoint("", KEY), hello(), new RecordingListener()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    @DisplayName("a refused connection is a CONNECTION failure")
    void refusedConnection() {
        ProviderEndpoint nowhere =
                new ProviderEndpoint("http://127.0.0.1:" + ProviderDouble.closedPort(), KEY, Duration.ofSeconds(2));

        assertThatThrownBy(() -> adapter.complete(nowhere, hello()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
    }

    @Test
    @DisplayName("an answer without usageMetadata is metered with an estimate marked as such")
    void estimatesMissingUsage() {
        gemini.answerJson(200, """
                {"candidates":[{"content":{"parts":[{"text":"Hello, how are you?"}],"role":"model"},
                  "finishReason":"STOP"}]}""");

        assertThat(adapter.complete(endpoint(), hello()).usage()).isEqualTo(new Usage(3, 5, true));
    }

    @Test
    @DisplayName("the model list keeps the models that generate content, without the models/ prefix")
    void listsModels() {
        gemini.answerJson(200, """
                {"models":[{"name":"models/gemini-2.0-flash","displayName":"Gemini 2.0 Flash",
                  "supportedGenerationMethods":["generateContent","countTokens"]},
                 {"name":"models/text-embedding-004","supportedGenerationMethods":["embedContent"]}]}""");

        assertThat(adapter.listModels(endpoint())).containsExactly("gemini-2.0-flash");
        RecordedRequest sent = gemini.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1beta/models");
        assertThat(sent.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
    }

    @Test
    @DisplayName("a model name that is not a path segment is refused before any call")
    void refusesOddModelNames() {
        ChatRequest odd = ChatRequest.of("../admin?x=1", List.of(ChatMessage.user("Hi")));

        assertThatThrownBy(() -> adapter.complete(endpoint(), odd))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.INVALID_REQUEST));
    }
}
