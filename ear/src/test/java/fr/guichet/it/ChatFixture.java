package fr.guichet.it;

import static fr.guichet.it.Providers.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.Headers;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The chat path's test setup: an {@link OpenAiDouble} and an {@link OllamaDouble} in the test JVM, the seeded
 * providers "OpenAI" and "Ollama" (the default chain) pointed at them with a global key on OpenAI, a tenant
 * with an API key, and a second tenant whose key only probes. {@link #close()} points the providers back where
 * they were and removes the global key, since the server is shared by every end-to-end test.
 */
final class ChatFixture implements AutoCloseable {

    static final String MODEL = "gpt-4o-mini";

    private final Api operator = Api.operator();
    private final String providerSecret = Providers.secret("double");
    private final OllamaDouble ollama = OllamaDouble.start();
    private final JsonNode openAiBefore;
    private final JsonNode ollamaBefore;
    private OpenAiDouble openAi = OpenAiDouble.start(providerSecret);
    private Tenants.Opened tenant;
    private ApiKeys.Created key;
    private ApiKeys.Created probe;

    private ChatFixture() {
        openAiBefore = provider("OpenAI");
        ollamaBefore = provider("Ollama");
    }

    static ChatFixture install() {
        ChatFixture fixture = new ChatFixture();
        fixture.pointOpenAiAt(fixture.openAi);
        fixture.patch(fixture.ollamaBefore, fixture.ollama.baseUrl());
        Api.Reply set = put(
                fixture.operator,
                "/api/admin/providers/" + fixture.openAiBefore.get("id").asText() + "/key",
                Map.of("apiKey", fixture.providerSecret));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        fixture.tenant = Tenants.open("chat");
        fixture.key = ApiKeys.create(fixture.tenant.id());
        fixture.probe = ApiKeys.create(Tenants.open("chatprobe").id());
        return fixture;
    }

    /** An SDK client with a Guichet key; no SDK retries, so each call is exactly one request. */
    static OpenAIClient client(String secret) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(Api.BASE + "/v1")
                .apiKey(secret)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    static ChatCompletionCreateParams params(String model) {
        return ChatCompletionCreateParams.builder()
                .model(model)
                .addUserMessage("Hello")
                .build();
    }

    static String header(Headers headers, String name) {
        return headers.values(name).stream().findFirst().orElse(null);
    }

    /** OpenAI's error body with the given status, param (null: JSON null) and code (null: JSON null). */
    static void assertError(Api.Reply reply, int status, String param, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode error = reply.json().get("error");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").isNull() ? null : error.get("param").asText())
                .isEqualTo(param);
        assertThat(error.get("code").isNull() ? null : error.get("code").asText())
                .isEqualTo(code);
    }

    String tenantId() {
        return tenant.id();
    }

    ApiKeys.Created key() {
        return key;
    }

    OpenAiDouble openAi() {
        return openAi;
    }

    OllamaDouble ollama() {
        return ollama;
    }

    /** Replaces the OpenAI double by a fresh one (after it was stopped to refuse connections). */
    void restartOpenAi() {
        openAi.close();
        openAi = OpenAiDouble.start(providerSecret);
        pointOpenAiAt(openAi);
    }

    /**
     * Waits until OpenAI answers again without fallback: the dispatcher's circuit breaker opens after failed
     * calls (as designed) and lets a call through again after its delay. Probes use another tenant's key, so
     * the tested tenant's usage is not touched.
     */
    void awaitOpenAiAnswering() {
        openAi.answer(OpenAiDouble.Mode.ANSWER);
        Api prober = Api.anonymous().header("Authorization", "Bearer " + probe.secret());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Api.Reply reply = prober.post(
                            "/v1/chat/completions",
                            Map.of("model", MODEL, "messages", List.of(Map.of("role", "user", "content", "ping"))));
                    return reply.status() == 200 && "false".equals(reply.header("x-guichet-fallback"));
                });
        openAi.resetCalls();
    }

    /**
     * Waits until the server at {@code base} answers through the doubles: another server sharing the database
     * sees provider changes made here within its dispatch cache period (5 s).
     */
    void awaitServing(String base) {
        Api prober = Api.at(base).header("Authorization", "Bearer " + probe.secret());
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Api.Reply reply = prober.post(
                            "/v1/chat/completions",
                            Map.of("model", MODEL, "messages", List.of(Map.of("role", "user", "content", "ping"))));
                    return reply.status() == 200 && "false".equals(reply.header("x-guichet-fallback"));
                });
    }

    @Override
    public void close() {
        patch(openAiBefore, openAiBefore.get("baseUrl").asText());
        patch(ollamaBefore, ollamaBefore.get("baseUrl").asText());
        if (!openAiBefore.has("globalKey")) {
            Providers.delete(
                    operator, "/api/admin/providers/" + openAiBefore.get("id").asText() + "/key");
        }
        openAi.close();
        ollama.close();
    }

    private void pointOpenAiAt(OpenAiDouble target) {
        patch(openAiBefore, target.baseUrl());
    }

    private void patch(JsonNode provider, String baseUrl) {
        Api.Reply reply =
                operator.patch("/api/admin/providers/" + provider.get("id").asText(), Map.of("baseUrl", baseUrl));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private JsonNode provider(String name) {
        Api.Reply list = operator.get("/api/admin/providers?size=100");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().get("items").spliterator(), false)
                .filter(p -> p.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No provider named " + name + ": " + list));
    }
}
