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

class OllamaAdapterTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String MODEL = "llama3.2";

    private final ProviderDouble ollama = new ProviderDouble();
    private final OllamaAdapter adapter = new OllamaAdapter();

    @AfterEach
    void stop() {
        ollama.close();
    }

    private ProviderEndpoint endpoint() {
        return ProviderEndpoint.withoutKey(ollama.baseUrl(""), Duration.ofSeconds(5));
    }

    private static ChatRequest hello() {
        return ChatRequest.of(MODEL, List.of(ChatMessage.user("Hello there")));
    }

    private static String line(String content) {
        return """
                {"model":"llama3.2","created_at":"2026-01-05T10:00:00.000Z",\
                "message":{"role":"assistant","content":"%s"},"done":false}
                """.formatted(content);
    }

    private static String last(String doneReason, String counts) {
        return """
                {"model":"llama3.2","created_at":"2026-01-05T10:00:01.000Z",\
                "message":{"role":"assistant","content":""},\
                "done":true,"done_reason":"%s","total_duration":4883583458,"load_duration":1334875,%s\
                "eval_duration":4709213000}
                """.formatted(doneReason, counts);
    }

    private static String answer(String doneReason, String counts) {
        return """
                {"model":"llama3.2","created_at":"2026-01-05T10:00:01.000Z",
                 "message":{"role":"assistant","content":"Hello world"},
                 "done":true,"done_reason":"%s","total_duration":4883583458,%s"eval_duration":4709213000}""".formatted(doneReason, counts);
    }

    @Test
    @DisplayName("a request goes to /api/chat without a key, stream false, parameters in options")
    void sendsTheDocumentedRequest() {
        ollama.answerJson(200, answer("stop", "\"prompt_eval_count\":26,\"eval_count\":5,"));
        ChatRequest request = new ChatRequest(
                MODEL,
                List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hi")),
                0.5,
                0.9,
                300,
                List.of("END"),
                "user-42");

        adapter.complete(endpoint(), request);

        RecordedRequest sent = ollama.request();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/chat");
        assertThat(sent.getHeaders().get("Authorization")).isNull();
        assertThat(ollama.requestBody(sent)).isEqualTo(parse("""
                {"model":"llama3.2",
                 "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],
                 "stream":false,"options":{"temperature":0.5,"top_p":0.9,"num_predict":300,"stop":["END"]}}"""));
    }

    @Test
    @DisplayName("without parameters, no options are sent")
    void sendsNoEmptyOptions() {
        ollama.answerJson(200, answer("stop", "\"prompt_eval_count\":26,\"eval_count\":5,"));

        adapter.complete(endpoint(), hello());

        assertThat(ollama.requestBody(ollama.request())).isEqualTo(parse("""
                {"model":"llama3.2","messages":[{"role":"user","content":"Hello there"}],"stream":false}"""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"stop, stop", "length, length"})
    @DisplayName("a plain answer maps done_reason and the eval counts, with a generated id")
    void mapsAPlainAnswer(String doneReason, String finishReason) {
        ollama.answerJson(200, answer(doneReason, "\"prompt_eval_count\":26,\"eval_count\":5,"));

        ChatResponse response = adapter.complete(endpoint(), hello());

        assertThat(response.id()).isNotBlank();
        assertThat(response.model()).isEqualTo(MODEL);
        assertThat(response.content()).isEqualTo("Hello world");
        assertThat(response.finishReason()).isEqualTo(finishReason);
        assertThat(response.usage()).isEqualTo(Usage.reported(26, 5));
    }

    @Test
    @DisplayName("a prompt served from Ollama's cache has no prompt_eval_count: the input is estimated, and marked so")
    void estimatesMissingPromptCount() {
        ollama.answerJson(200, answer("stop", "\"eval_count\":5,"));

        assertThat(adapter.complete(endpoint(), hello()).usage()).isEqualTo(new Usage(3, 5, true));
    }

    @Test
    @DisplayName("a stream reads NDJSON lines in order and the counts of the last line")
    void streamsAnAnswer() {
        ollama.answerStream(
                NDJSON,
                line("Hel")
                        + line("lo!")
                        + last(
                                "stop",
                                "\"prompt_eval_count\":26,\"prompt_eval_duration\":130079000,\"eval_count\":5,"));
        RecordingListener listener = new RecordingListener();

        adapter.stream(endpoint(), hello(), listener);

        RecordedRequest sent = ollama.request();
        assertThat(ollama.requestBody(sent).getBoolean("stream")).isTrue();
        assertThat(listener.deltas).containsExactly("Hel", "lo!");
        assertThat(listener.finishReasons).containsExactly("stop");
        assertThat(listener.usages).containsExactly(Usage.reported(26, 5));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            404 | model 'llama9' not found                           | MODEL_NOT_FOUND
            404 | model "llama9" not found, try pulling it first     | MODEL_NOT_FOUND
            400 | invalid options                                    | INVALID_REQUEST
            401 | unauthorized                                       | AUTHENTICATION
            429 | too many requests                                  | RATE_LIMITED
            500 | llama runner process has terminated                | SERVER_ERROR
            503 | server busy, please try again.  maximum pending requests exceeded | OVERLOADED
            """)
    @DisplayName("an error status and {\"error\"} body become the right failure, with Ollama's message")
    void mapsErrors(int status, String message, Failure failure) {
        ollama.answerJson(status, "{\"error\":\"" + message.replace("\"", "\\\"") + "\"}");

        assertThatThrownBy(() -> adapter.complete(endpoint(), hello()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.providerMessage()).isEqualTo(message);
                    assertThat(e.errorType()).isEmpty();
                });
    }

    @Test
    @DisplayName("a missing model on a stream request fails before any delta, not retryable")
    void modelNotFoundOnStream() {
        ollama.answerJson(404, "{\"error\":\"model 'llama9' not found\"}");
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() ->
                        adapter.stream(endpoint(), ChatRequest.of("llama9", List.of(ChatMessage.user("Hi"))), listener))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.MODEL_NOT_FOUND);
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(listener.deltas).isEmpty();
    }

    @Test
    @DisplayName("an error line after some text interrupts the stream with the text delivered")
    void errorLineAfterText() {
        ollama.answerStream(
                NDJSON,
                line("Hello, how") + line(" are you?") + "{\"error\":\"llama runner process has terminated\"}\n");
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), listener))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).isEqualTo("Hello, how are you?");
                    assertThat(e.usage()).isEqualTo(new Usage(3, 5, true));
                    assertThat(e.failure().providerMessage()).isEqualTo("llama runner process has terminated");
                });
        assertThat(listener.completed()).isFalse();
    }

    @Test
    @DisplayName("a stream cut after some lines, before done, is interrupted with the text delivered")
    void streamCutAfterDeltas() {
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            tail.append(line("."));
        }
        ollama.answerStreamCutHalfway(
                NDJSON,
                line("Once upon")
                        + line(" a time")
                        + tail
                        + last("stop", "\"prompt_eval_count\":26,\"eval_count\":45,"));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> adapter.stream(endpoint(), hello(), listener))
                .isInstanceOfSatisfying(StreamInterruptedException.class, e -> {
                    assertThat(e.deliveredText()).startsWith("Once upon a time").isEqualTo(listener.text());
                    assertThat(e.failure().failure()).isEqualTo(Failure.CONNECTION);
                });
        assertThat(listener.completed()).isFalse();
    }

    @Test
    @DisplayName("no answer within the timeout is a TIMEOUT (a model still loading, say)")
    void slowAnswerTimesOut() {
        ollama.answerLate(answer("stop", "\"prompt_eval_count\":26,\"eval_count\":5,"));

        assertThatThrownBy(() -> adapter.complete(
                        ProviderEndpoint.withoutKey(ollama.baseUrl(""), ProviderDouble.SHORT_TIMEOUT), hello()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    @DisplayName("a stopped Ollama refuses the connection: a CONNECTION failure, plain or streamed")
    void refusedConnection() {
        ProviderEndpoint stopped =
                ProviderEndpoint.withoutKey("http://127.0.0.1:" + ProviderDouble.closedPort(), Duration.ofSeconds(2));

        assertThatThrownBy(() -> adapter.complete(stopped, hello()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
        assertThatThrownBy(() -> adapter.stream(stopped, hello(), new RecordingListener()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
    }

    @Test
    @DisplayName("the model list is read from /api/tags")
    void listsModels() {
        ollama.answerJson(200, """
                {"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","modified_at":"2026-01-01T10:00:00Z",
                  "size":2019393189,"digest":"a80c4f17acd5","details":{"family":"llama","parameter_size":"3.2B"}},
                 {"name":"qwen2.5:0.5b","model":"qwen2.5:0.5b","modified_at":"2026-01-02T10:00:00Z",
                  "size":397821319,"digest":"a8b0c5157701","details":{"family":"qwen2"}}]}""");

        assertThat(adapter.listModels(endpoint())).containsExactly("llama3.2:latest", "qwen2.5:0.5b");
        RecordedRequest sent = ollama.request();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/tags");
    }
}
