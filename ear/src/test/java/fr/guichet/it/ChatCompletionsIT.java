package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static fr.guichet.it.ChatFixture.header;
import static fr.guichet.it.ChatFixture.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonMissing;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.models.Model;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/chat/completions} and {@code /v1/models} end to end, with the official OpenAI Java SDK as the
 * client and local doubles of OpenAI and Ollama as the providers (see {@link ChatFixture}): plain and streamed
 * answers, OpenAI-shaped errors, the body limit. Fallbacks and metering are in {@link ChatFallbackIT}.
 */
class ChatCompletionsIT {

    private static ChatFixture fixture;
    private static OpenAIClient client;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
        client = ChatFixture.client(fixture.key().secret());
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @Test
    @DisplayName("the SDK gets a plain answer in OpenAI's exact shape, with headers naming who answered")
    void plain() {
        fixture.awaitOpenAiAnswering();
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addSystemMessage("Be brief")
                .addUserMessage("Say hello")
                .temperature(0.2)
                .maxCompletionTokens(50)
                .stop("END")
                .build();
        try (HttpResponseFor<ChatCompletion> raw =
                client.chat().completions().withRawResponse().create(params)) {
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(header(raw.headers(), "x-guichet-provider")).isEqualTo("OpenAI");
            assertThat(header(raw.headers(), "x-guichet-model")).isEqualTo(MODEL);
            assertThat(header(raw.headers(), "x-guichet-fallback")).isEqualTo("false");
            ChatCompletion completion = raw.parse().validate();
            assertThat(raw.requestId()).contains(completion.id());
            assertThat(completion.id()).startsWith("chatcmpl-").hasSize(38);
            assertThat(completion.model()).isEqualTo(MODEL);
            assertThat(completion.choices()).hasSize(1);
            assertThat(completion.choices().get(0).message().content()).contains(OpenAiDouble.TEXT);
            assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
            assertThat(completion.usage().orElseThrow().promptTokens()).isEqualTo(OpenAiDouble.PROMPT_TOKENS);
            assertThat(completion.usage().orElseThrow().completionTokens()).isEqualTo(OpenAiDouble.COMPLETION_TOKENS);
            assertThat(completion.usage().orElseThrow().totalTokens())
                    .isEqualTo(OpenAiDouble.PROMPT_TOKENS + OpenAiDouble.COMPLETION_TOKENS);
        }
        var sent = fixture.openAi().lastRequest();
        assertThat(sent.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(sent.at("/messages/1/content").asText()).isEqualTo("Say hello");
        assertThat(sent.get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.get("max_tokens").asInt()).isEqualTo(50);
        assertThat(sent.at("/stop/0").asText()).isEqualTo("END");
    }

    @Test
    @DisplayName("the SDK gets a streamed answer: deltas in order, one id, a finish reason, then the usage")
    void streamed() {
        fixture.awaitOpenAiAnswering();
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("Hi")
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();
        List<ChatCompletionChunk> chunks;
        try (HttpResponseFor<StreamResponse<ChatCompletionChunk>> raw =
                client.chat().completions().withRawResponse().createStreaming(params)) {
            assertThat(header(raw.headers(), "content-type")).startsWith("text/event-stream");
            assertThat(header(raw.headers(), "x-guichet-provider")).isEqualTo("OpenAI");
            assertThat(header(raw.headers(), "x-guichet-fallback")).isEqualTo("false");
            try (StreamResponse<ChatCompletionChunk> stream = raw.parse()) {
                chunks = stream.stream().map(ChatCompletionChunk::validate).toList();
            }
        }
        assertThat(chunks.stream().map(ChatCompletionChunk::id).distinct())
                .singleElement()
                .asString()
                .startsWith("chatcmpl-");
        assertThat(chunks.get(0).choices().get(0).delta().role())
                .contains(ChatCompletionChunk.Choice.Delta.Role.ASSISTANT);
        String text = chunks.stream()
                .flatMap(c -> c.choices().stream())
                .flatMap(c -> c.delta().content().stream())
                .collect(Collectors.joining());
        assertThat(text).isEqualTo(OpenAiDouble.TEXT);
        assertThat(chunks.stream().flatMap(c -> c.choices().stream()).flatMap(c -> c.finishReason().stream()))
                .containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().promptTokens()).isEqualTo(OpenAiDouble.PROMPT_TOKENS);
        assertThat(last.usage().orElseThrow().completionTokens()).isEqualTo(OpenAiDouble.COMPLETION_TOKENS);
    }

    @Test
    @DisplayName("on the wire a stream is server-sent events: a role chunk first, no usage unless asked, [DONE] last")
    void streamOnTheWire() {
        fixture.awaitOpenAiAnswering();
        Api.Reply reply = Api.anonymous()
                .header("Authorization", "Bearer " + fixture.key().secret())
                .post(
                        "/v1/chat/completions",
                        Map.of(
                                "model",
                                MODEL,
                                "stream",
                                true,
                                "messages",
                                List.of(Map.of("role", "user", "content", "Hi"))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<String> events = List.of(reply.raw().split("\n\n"));
        assertThat(events).allMatch(e -> e.startsWith("data: "));
        assertThat(events.get(0)).contains("\"delta\":{\"role\":\"assistant\",\"content\":\"\"}");
        assertThat(events.get(events.size() - 1)).isEqualTo("data: [DONE]");
        assertThat(reply.raw()).doesNotContain("\"usage\"");
        assertThat(reply.header("x-request-id")).startsWith("chatcmpl-");
    }

    @Test
    @DisplayName("errors reach the SDK as its typed exceptions, with OpenAI's code and param")
    void errors() {
        OpenAIClient stranger = ChatFixture.client("gk_live_" + "A".repeat(40));
        assertThatThrownBy(() -> stranger.chat().completions().create(params(MODEL)))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.code()).contains("invalid_api_key");
                });
        assertThatThrownBy(() -> client.chat().completions().create(params("no-such-model")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).contains("model_not_found");
                    assertThat(e.type()).contains("invalid_request_error");
                    assertThat(e.headers().values("x-request-id"))
                            .singleElement()
                            .asString()
                            .startsWith("chatcmpl-");
                });
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(params(MODEL).toBuilder().temperature(5.0).build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.param()).contains("temperature");
                    assertThat(e.type()).contains("invalid_request_error");
                });
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model(MODEL)
                                .messages(JsonMissing.of())
                                .build()))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.param()).contains("messages"));
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(params(MODEL).toBuilder().n(2).build()))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.param()).contains("n"));
    }

    @Test
    @DisplayName("a 100 KB model name comes back cut to 128 characters; a body 1,000 levels deep is a 400")
    void hugeAndDeepInput() {
        Api api = Api.anonymous()
                .header("Authorization", "Bearer " + fixture.key().secret());
        String model = "m".repeat(100_000);
        Api.Reply unknown = api.post(
                "/v1/chat/completions",
                "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        ChatFixture.assertError(unknown, 404, null, "model_not_found");
        assertThat(unknown.json().at("/error/message").asText())
                .isEqualTo("The model '" + "m".repeat(128) + "…' does not exist or you do not have access to it.");
        assertThat(unknown.raw()).hasSizeLessThan(1_000);

        Api.Reply deep = api.post(
                "/v1/chat/completions",
                "{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"x\":"
                        + "[".repeat(1000) + "]".repeat(1000) + "}");
        ChatFixture.assertError(deep, 400, null, null);
        assertThat(deep.json().at("/error/message").asText()).contains("deeper than 32 levels");
    }

    @Test
    @DisplayName("bad bodies by hand: malformed JSON, an unknown or tool role, a wrong type → OpenAI-shaped 400")
    void badBodies() {
        Api api = Api.anonymous()
                .header("Authorization", "Bearer " + fixture.key().secret());
        Api.Reply malformed = api.post("/v1/chat/completions", "{\"model\": \"gpt-4o-mini\", \"messages\": [");
        ChatFixture.assertError(malformed, 400, null, null);
        assertThat(malformed.json().at("/error/message").asText()).startsWith("We could not parse the JSON body");
        ChatFixture.assertError(
                api.post(
                        "/v1/chat/completions",
                        Map.of(
                                "model",
                                MODEL,
                                "messages",
                                List.of(
                                        Map.of("role", "user", "content", "Hi"),
                                        Map.of("role", "tool", "content", "42")))),
                400,
                "messages[1].role",
                null);
        ChatFixture.assertError(
                api.post(
                        "/v1/chat/completions",
                        Map.of("model", MODEL, "messages", List.of(Map.of("role", "robot", "content", "Hi")))),
                400,
                "messages[0].role",
                null);
        ChatFixture.assertError(
                api.post(
                        "/v1/chat/completions",
                        Map.of(
                                "model",
                                MODEL,
                                "messages",
                                List.of(Map.of("role", "user", "content", "Hi")),
                                "top_p",
                                "high")),
                400,
                "top_p",
                null);
        ChatFixture.assertError(api.post("/v1/chat/completions", Map.of("model", MODEL)), 400, "messages", null);
    }

    @Test
    @DisplayName("a 10 MB body is refused with 413 before it is read whole, announced or chunked")
    void tooLarge() {
        String secret = fixture.key().secret();
        for (boolean chunked : new boolean[] {false, true}) {
            RawHttp.Answer answer = RawHttp.post("/v1/chat/completions", secret, 10L * 1024 * 1024, chunked);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
            assertThat(answer.body())
                    .contains("\"type\":\"invalid_request_error\"")
                    .contains("\"code\":\"request_too_large\"");
        }
    }

    @Test
    @DisplayName("GET /v1/models lists the chain's models with their provider; a key limited to models sees only those")
    void models() {
        List<Model> models = client.models().list().data();
        assertThat(models)
                .extracting(Model::id)
                .contains(MODEL, "gpt-4o", "llama3")
                .doesNotHaveDuplicates();
        assertThat(models)
                .filteredOn(m -> m.id().equals(MODEL))
                .singleElement()
                .satisfies(m -> assertThat(m.ownedBy()).isEqualTo("OpenAI"));
        assertThat(models)
                .filteredOn(m -> m.id().equals("llama3"))
                .singleElement()
                .satisfies(m -> assertThat(m.ownedBy()).isEqualTo("Ollama"));
        assertThat(client.models().retrieve("gpt-4o").validate().id()).isEqualTo("gpt-4o");
        assertThatThrownBy(() -> client.models().retrieve("no-such-model"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).contains("model_not_found"));

        ApiKeys.Created limited = ApiKeys.create(
                fixture.tenantId(), Map.of("name", Api.unique("limited"), "allowedModels", List.of(MODEL)));
        OpenAIClient narrow = ChatFixture.client(limited.secret());
        assertThat(narrow.models().list().data()).extracting(Model::id).containsExactly(MODEL);
        assertThatThrownBy(() -> narrow.models().retrieve("gpt-4o")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> narrow.chat().completions().create(params("gpt-4o")))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).contains("model_not_found"));
    }
}
