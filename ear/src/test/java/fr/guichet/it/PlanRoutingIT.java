package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static fr.guichet.it.ChatFixture.header;
import static fr.guichet.it.ChatFixture.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.errors.NotFoundException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.models.Model;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Routing by plan, with the OpenAI SDK as the client: a tenant on a plan whose chain is [Ollama] reaches only
 * Ollama (a model only OpenAI serves is model_not_found), while a tenant without a plan keeps the default
 * chain from configuration (OpenAI, then Ollama).
 */
class PlanRoutingIT {

    private static ChatFixture fixture;
    private static OpenAIClient onOllamaPlan;
    private static OpenAIClient withoutPlan;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
        Api operator = Api.operator();
        String planId = PlansIT.createPlan(operator, Map.of("name", "Ollama only"))
                .get("id")
                .asText();
        Api.Reply chained = Providers.put(
                operator, "/api/admin/plans/" + planId + "/providers", Map.of("providerIds", List.of(PlansIT.OLLAMA)));
        assertThat(chained.status()).as(chained.toString()).isEqualTo(200);
        Tenants.Opened tenant = Tenants.open("onollama");
        Api.Reply assigned = operator.patch("/api/admin/tenants/" + tenant.id(), Map.of("planId", planId));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        onOllamaPlan = ChatFixture.client(ApiKeys.create(tenant.id()).secret());
        withoutPlan = ChatFixture.client(fixture.key().secret());
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @Test
    @DisplayName("on an [Ollama] plan, gpt-4o-mini is model_not_found and OpenAI is never called")
    void planChainCannotServe() {
        fixture.openAi().resetCalls();
        assertThatThrownBy(() -> onOllamaPlan.chat().completions().create(params(MODEL)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.code()).contains("model_not_found");
                });
        assertThat(fixture.openAi().chatCalls()).isZero();
    }

    @Test
    @DisplayName("on an [Ollama] plan, llama3 is answered by Ollama without fallback")
    void planChainServes() {
        try (HttpResponseFor<ChatCompletion> raw =
                onOllamaPlan.chat().completions().withRawResponse().create(params("llama3"))) {
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(header(raw.headers(), "x-guichet-provider")).isEqualTo("Ollama");
            assertThat(header(raw.headers(), "x-guichet-fallback")).isEqualTo("false");
            assertThat(raw.parse().model()).isEqualTo("llama3");
        }
    }

    @Test
    @DisplayName("on an [Ollama] plan, /v1/models lists Ollama's models only")
    void planModels() {
        List<Model> models = onOllamaPlan.models().list().data();
        assertThat(models).extracting(Model::id).contains("llama3").doesNotContain(MODEL, "gpt-4o");
        assertThat(models).extracting(Model::ownedBy).containsOnly("Ollama");
    }

    @Test
    @DisplayName("a tenant without a plan keeps the default chain: gpt-4o-mini is answered by OpenAI")
    void noPlanUsesDefaultChain() {
        try (HttpResponseFor<ChatCompletion> raw =
                withoutPlan.chat().completions().withRawResponse().create(params(MODEL))) {
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(header(raw.headers(), "x-guichet-provider")).isEqualTo("OpenAI");
            assertThat(header(raw.headers(), "x-guichet-fallback")).isEqualTo("false");
        }
    }
}
