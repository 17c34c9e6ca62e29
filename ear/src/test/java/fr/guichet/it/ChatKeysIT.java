package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which provider key a call uses, end to end: the personal key of the user who created the API key beats the
 * tenant's key, which beats the global one; no key anywhere is {@code no_provider_key}; and when every
 * provider of the chain fails the answer is a 503 {@code provider_unavailable} with Retry-After.
 */
class ChatKeysIT {

    private static final List<Map<String, String>> HELLO = List.of(Map.of("role", "user", "content", "Hello"));

    private static ChatFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
    }

    @AfterAll
    static void tearDown() {
        try {
            fixture.awaitOpenAiAnswering();
        } finally {
            fixture.close();
        }
    }

    @Test
    @DisplayName("personal key > tenant key > global key, as the upstream provider sees it")
    void hierarchy() {
        Tenants.Opened tenant = Tenants.open("keyorder");
        Api admin = Tenants.signIn(tenant);
        Api.Reply created = admin.post("/api/portal/api-keys", Map.of("name", "integration"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api caller = Api.anonymous()
                .header(
                        "Authorization",
                        "Bearer " + created.json().get("secret").asText());
        String providerKeys = "/api/portal/provider-keys/" + PlansIT.OPENAI;
        String tenantKey = Providers.secret("tenant");
        String personalKey = Providers.secret("personal");
        fixture.openAi().accept(tenantKey);
        fixture.openAi().accept(personalKey);
        fixture.awaitOpenAiAnswering();

        assertThat(usedKey(caller)).as("only the global key").isNotIn(tenantKey, personalKey);
        assertThat(Providers.put(admin, providerKeys, Map.of("apiKey", tenantKey, "scope", "TENANT"))
                        .status())
                .isEqualTo(200);
        assertThat(usedKey(caller)).isEqualTo(tenantKey);
        assertThat(Providers.put(admin, providerKeys, Map.of("apiKey", personalKey, "scope", "PERSONAL"))
                        .status())
                .isEqualTo(200);
        assertThat(usedKey(caller)).isEqualTo(personalKey);
        assertThat(Providers.delete(admin, providerKeys + "?scope=PERSONAL").status())
                .isBetween(200, 204);
        assertThat(usedKey(caller)).isEqualTo(tenantKey);
        assertThat(Providers.delete(admin, providerKeys + "?scope=TENANT").status())
                .isBetween(200, 204);
        assertThat(usedKey(caller)).isNotIn(tenantKey, personalKey);
    }

    @Test
    @DisplayName("no key for the only provider that serves the model → 409 no_provider_key, nothing sent upstream")
    void noProviderKey() {
        Api caller = callerOnPlan("anthropic-only", PlansIT.ANTHROPIC);
        Api.Reply reply =
                caller.post("/v1/chat/completions", Map.of("model", "claude-3-5-haiku-20241022", "messages", HELLO));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        JsonNode error = reply.json().get("error");
        assertThat(error.get("code").asText()).isEqualTo("no_provider_key");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    @DisplayName("every provider of the chain failing → 503 provider_unavailable with Retry-After")
    void everyProviderFails() {
        Api caller = callerOnPlan("openai-only", PlansIT.OPENAI);
        fixture.awaitOpenAiAnswering();
        fixture.openAi().answer(OpenAiDouble.Mode.SERVER_ERROR);
        try {
            Api.Reply reply = caller.post("/v1/chat/completions", Map.of("model", MODEL, "messages", HELLO));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isNotNull();
            JsonNode error = reply.json().get("error");
            assertThat(error.get("type").asText()).isEqualTo("server_error");
            assertThat(error.get("code").asText()).isEqualTo("provider_unavailable");
            assertThat(error.get("message").asText()).contains("OpenAI");
        } finally {
            fixture.openAi().answer(OpenAiDouble.Mode.ANSWER);
        }
    }

    private static String usedKey(Api caller) {
        Api.Reply reply = caller.post("/v1/chat/completions", Map.of("model", MODEL, "messages", HELLO));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("x-guichet-provider")).isEqualTo("OpenAI");
        return fixture.openAi().lastKey();
    }

    /** A new tenant on a new plan whose chain is the one provider, and an API key of that tenant. */
    private static Api callerOnPlan(String name, String providerId) {
        Api operator = Api.operator();
        String planId =
                PlansIT.createPlan(operator, Map.of("name", name)).get("id").asText();
        assertThat(Providers.put(
                                operator,
                                "/api/admin/plans/" + planId + "/providers",
                                Map.of("providerIds", List.of(providerId)))
                        .status())
                .isEqualTo(200);
        Tenants.Opened tenant = Tenants.open(name);
        assertThat(operator.patch("/api/admin/tenants/" + tenant.id(), Map.of("planId", planId))
                        .status())
                .isEqualTo(200);
        return Api.anonymous()
                .header("Authorization", "Bearer " + ApiKeys.create(tenant.id()).secret());
    }
}
