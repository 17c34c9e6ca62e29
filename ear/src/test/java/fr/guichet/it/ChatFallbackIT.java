package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static fr.guichet.it.ChatFixture.header;
import static fr.guichet.it.ChatFixture.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The chat path when providers fail, with the OpenAI SDK as the client: OpenAI answering 500, 429 with
 * Retry-After, or refusing connections → Ollama answers (plain and streamed) and the headers say a fallback
 * was used; OpenAI refusing the request (400) → no retry, no fallback, the SDK gets a 400. And metering:
 * each call is one usage event, failed ones included, refused bodies never charged.
 */
class ChatFallbackIT {

    private static ChatFixture fixture;
    private static OpenAIClient client;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
        client = ChatFixture.client(fixture.key().secret());
    }

    @AfterAll
    static void tearDown() {
        try {
            fixture.awaitOpenAiAnswering(); // leave the shared server's circuit breaker closed, as found
        } finally {
            fixture.close();
        }
    }

    @Test
    @DisplayName("OpenAI answering 500 → Ollama answers, and the headers say a fallback was used")
    void serverError() {
        assertFallsBack(OpenAiDouble.Mode.SERVER_ERROR);
    }

    @Test
    @DisplayName("OpenAI answering 429 with Retry-After → Ollama answers")
    void rateLimited() {
        assertFallsBack(OpenAiDouble.Mode.RATE_LIMITED);
    }

    @Test
    @DisplayName("OpenAI too slow (past the provider timeout) → Ollama answers")
    void timeout() {
        assertFallsBack(OpenAiDouble.Mode.SLOW);
    }

    @Test
    @DisplayName("OpenAI refusing connections → a streamed answer comes from Ollama's NDJSON stream")
    void connectionRefused() {
        fixture.awaitOpenAiAnswering();
        fixture.openAi().close();
        try {
            ChatCompletionCreateParams params = params(MODEL).toBuilder()
                    .streamOptions(ChatCompletionStreamOptions.builder()
                            .includeUsage(true)
                            .build())
                    .build();
            try (HttpResponseFor<StreamResponse<ChatCompletionChunk>> raw =
                            client.chat().completions().withRawResponse().createStreaming(params);
                    StreamResponse<ChatCompletionChunk> stream = raw.parse()) {
                assertThat(header(raw.headers(), "x-guichet-provider")).isEqualTo("Ollama");
                assertThat(header(raw.headers(), "x-guichet-model")).isEqualTo("llama3");
                assertThat(header(raw.headers(), "x-guichet-fallback")).isEqualTo("true");
                List<ChatCompletionChunk> chunks = stream.stream().toList();
                assertThat(chunks.stream()
                                .flatMap(c -> c.choices().stream())
                                .flatMap(c -> c.delta().content().stream())
                                .collect(Collectors.joining()))
                        .isEqualTo(OllamaDouble.TEXT);
                assertThat(chunks.get(chunks.size() - 1).usage().orElseThrow().completionTokens())
                        .isEqualTo(OllamaDouble.COMPLETION_TOKENS);
                assertThat(chunks).allSatisfy(c -> assertThat(c.model()).isEqualTo("llama3"));
            }
            assertThat(fixture.ollama().lastRequest().get("stream").asBoolean()).isTrue();
        } finally {
            fixture.restartOpenAi();
        }
    }

    @Test
    @DisplayName("OpenAI refusing the request (400) → no retry, no fallback: the SDK gets 400 provider_rejected")
    void rejected() {
        fixture.awaitOpenAiAnswering();
        int ollamaCalls = fixture.ollama().chatCalls();
        fixture.openAi().answer(OpenAiDouble.Mode.BAD_REQUEST);
        try {
            assertThatThrownBy(() -> client.chat().completions().create(params(MODEL)))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.code()).contains("provider_rejected");
                        assertThat(e.getMessage()).contains("max_tokens");
                    });
            assertThat(fixture.openAi().chatCalls()).as("not retried").isEqualTo(1);
            assertThat(fixture.ollama().chatCalls()).as("no fallback").isEqualTo(ollamaCalls);
        } finally {
            fixture.openAi().answer(OpenAiDouble.Mode.ANSWER);
        }
    }

    @Test
    @DisplayName(
            "a stream cut mid-answer ends with an error event and no [DONE]; the SDK raises; what was delivered is metered")
    void cutMidStream() {
        Tenants.Opened tenant = Tenants.open("chatcut");
        ApiKeys.Created key = ApiKeys.create(tenant.id());
        fixture.awaitOpenAiAnswering();
        fixture.openAi().answer(OpenAiDouble.Mode.STREAM_CUT);
        int ollamaCalls = fixture.ollama().chatCalls();
        try {
            Api.Reply wire = Api.anonymous()
                    .header("Authorization", "Bearer " + key.secret())
                    .post(
                            "/v1/chat/completions",
                            Map.of(
                                    "model",
                                    MODEL,
                                    "stream",
                                    true,
                                    "messages",
                                    List.of(Map.of("role", "user", "content", "Hi"))));
            assertThat(wire.status()).isEqualTo(200);
            List<String> events = List.of(wire.raw().split("\n\n"));
            assertThat(String.join("", events))
                    .contains("\"content\":\"Bonjour\"")
                    .doesNotContain("[DONE]");
            JsonNode error = readJson(events.get(events.size() - 1).substring("data: ".length()))
                    .get("error");
            assertThat(error.get("type").asText()).isEqualTo("server_error");
            assertThat(error.get("code").asText()).isEqualTo("stream_interrupted");
            assertThat(fixture.openAi().chatCalls())
                    .as("not retried once the first byte was sent")
                    .isEqualTo(1);
            assertThat(fixture.ollama().chatCalls())
                    .as("no fallback once the first byte was sent")
                    .isEqualTo(ollamaCalls);

            StringBuilder received = new StringBuilder();
            OpenAIClient own = ChatFixture.client(key.secret());
            try (StreamResponse<ChatCompletionChunk> stream =
                    own.chat().completions().createStreaming(params(MODEL))) {
                assertThatThrownBy(() -> stream.stream()
                                .flatMap(c -> c.choices().stream())
                                .forEach(c -> c.delta().content().ifPresent(received::append)))
                        .isInstanceOf(OpenAIException.class);
            }
            assertThat(received.toString()).isEqualTo("Bonjour from");
        } finally {
            fixture.openAi().answer(OpenAiDouble.Mode.ANSWER);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode totals = Api.operator()
                    .get("/api/admin/usage?tenantId=" + tenant.id())
                    .json()
                    .get("totals");
            assertThat(totals.get("requests").asLong()).as(totals.toString()).isEqualTo(2);
            assertThat(totals.get("outputTokens").asLong())
                    .as("the delivered text, estimated")
                    .isPositive();
        });
    }

    private static JsonNode readJson(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }

    @Test
    @DisplayName(
            "usage: each call is one event (refused ones too, counted apart) with the provider's tokens; refused bodies "
                    + "cost nothing")
    void usage() {
        Tenants.Opened tenant = Tenants.open("chatusage");
        ApiKeys.Created key = ApiKeys.create(tenant.id());
        OpenAIClient own = ChatFixture.client(key.secret());
        fixture.awaitOpenAiAnswering();
        own.chat().completions().create(params(MODEL));
        try (StreamResponse<ChatCompletionChunk> stream = own.chat()
                .completions()
                .createStreaming(params(MODEL).toBuilder()
                        .streamOptions(ChatCompletionStreamOptions.builder()
                                .includeUsage(true)
                                .build())
                        .build())) {
            assertThat(stream.stream().count()).isGreaterThan(3);
        }
        assertThatThrownBy(() -> own.chat().completions().create(params("no-such-model")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> own.chat()
                        .completions()
                        .create(params(MODEL).toBuilder().temperature(5.0).build()))
                .isInstanceOf(BadRequestException.class);
        assertThat(RawHttp.post("/v1/chat/completions", key.secret(), 10L * 1024 * 1024, false)
                        .status())
                .isEqualTo(413);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode totals = Api.operator()
                    .get("/api/admin/usage?tenantId=" + tenant.id())
                    .json()
                    .get("totals");
            assertThat(totals.get("requests").asLong()).as(totals.toString()).isEqualTo(2);
            assertThat(totals.get("refused").asLong()).as("the unknown model").isEqualTo(1);
            assertThat(totals.get("failed").asLong()).isZero();
            assertThat(totals.get("inputTokens").asLong()).isEqualTo(2L * OpenAiDouble.PROMPT_TOKENS);
            assertThat(totals.get("outputTokens").asLong()).isEqualTo(2L * OpenAiDouble.COMPLETION_TOKENS);
            // gpt-4o-mini: 0.138 and 0.552 EUR per million tokens; 11 × 0.138 + 7 × 0.552 = 5.382 µEUR a call.
            // Each call's cost is rounded half-up to 6 decimals: 0.000005 EUR, twice.
            assertThat(totals.get("costEur").decimalValue()).isEqualByComparingTo(new BigDecimal("0.000010"));
        });
    }

    private static void assertFallsBack(OpenAiDouble.Mode failure) {
        fixture.awaitOpenAiAnswering();
        fixture.openAi().answer(failure);
        try (HttpResponseFor<ChatCompletion> raw =
                client.chat().completions().withRawResponse().create(params(MODEL))) {
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(header(raw.headers(), "x-guichet-provider")).isEqualTo("Ollama");
            assertThat(header(raw.headers(), "x-guichet-model")).isEqualTo("llama3");
            assertThat(header(raw.headers(), "x-guichet-fallback")).isEqualTo("true");
            ChatCompletion completion = raw.parse().validate();
            assertThat(completion.model()).isEqualTo("llama3");
            assertThat(completion.choices().get(0).message().content()).contains(OllamaDouble.TEXT);
            assertThat(completion.usage().orElseThrow().promptTokens()).isEqualTo(OllamaDouble.PROMPT_TOKENS);
        } finally {
            fixture.openAi().answer(OpenAiDouble.Mode.ANSWER);
        }
        assertThat(fixture.openAi().chatCalls())
                .as("OpenAI tried twice (one retry), then the fallback")
                .isEqualTo(2);
        assertThat(fixture.ollama().lastRequest().get("stream").asBoolean()).isFalse();
    }
}
