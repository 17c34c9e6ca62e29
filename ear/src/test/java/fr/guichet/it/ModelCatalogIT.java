package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static fr.guichet.it.Providers.put;
import static fr.guichet.it.ProvidersIT.assertField;
import static fr.guichet.it.ProvidersIT.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The model catalogue and its price history, end to end. */
class ModelCatalogIT {

    private final Api operator = Api.operator();

    @Test
    @DisplayName("the seeded catalogue lists the usual models with EUR prices in force since 2026-01-01")
    void seeded() {
        JsonNode openai = operator.get("/api/admin/models?providerId=" + Providers.SEEDED_OPENAI)
                .json();
        assertThat(openai.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(openai.get("items")).extracting(m -> m.get("model").asText()).contains("gpt-4o", "gpt-4o-mini");
        JsonNode mini = find(openai.get("items"), "00000000-0000-4000-9000-000000000002");
        assertThat(mini.at("/price/inputPerMillion").decimalValue()).isEqualByComparingTo("0.138");
        assertThat(mini.at("/price/outputPerMillion").decimalValue()).isEqualByComparingTo("0.552");
        assertThat(mini.at("/price/effectiveFrom").asText()).startsWith("2026-01-01T00:00");
        JsonNode all = operator.get("/api/admin/models?size=100").json();
        assertThat(all.get("items"))
                .extracting(m -> m.get("model").asText())
                .contains(
                        "claude-3-5-sonnet-20241022",
                        "claude-3-5-haiku-20241022",
                        "mistral-small-latest",
                        "mistral-large-latest",
                        "llama-3.1-8b-instant",
                        "gemini-1.5-flash",
                        "llama3");
        JsonNode providers =
                operator.get("/api/admin/providers?size=100").json().get("items");
        assertThat(providers)
                .extracting(p -> p.get("name").asText())
                .contains("OpenAI", "Anthropic", "Mistral", "Groq", "Gemini", "Ollama");
    }

    @Test
    @DisplayName("a price change adds to the history; the price at a past instant is the one then in force")
    void priceHistory() {
        String provider = Providers.register("prices");
        Api.Reply added = operator.post(
                "/api/admin/models",
                Map.of("providerId", provider, "model", "m-hist:1b", "inputPerMillion", 1.5, "outputPerMillion", 3));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String id = added.json().get("id").asText();
        String firstFrom = added.json().at("/price/effectiveFrom").asText();
        assertThat(added.json().get("displayName").asText()).isEqualTo("m-hist:1b");

        Api.Reply now = put(
                operator,
                "/api/admin/models/" + id + "/price",
                Map.of("inputPerMillion", new BigDecimal("2.000001"), "outputPerMillion", 4));
        assertThat(now.status()).as(now.toString()).isEqualTo(200);
        String later = Instant.now().plus(Duration.ofDays(30)).toString();
        assertThat(put(
                                operator,
                                "/api/admin/models/" + id + "/price",
                                Map.of("inputPerMillion", 5, "outputPerMillion", 6, "effectiveFrom", later))
                        .status())
                .isEqualTo(200);

        JsonNode atFirst = operator.get("/api/admin/models/" + id + "/prices?at=" + firstFrom)
                .json();
        assertThat(atFirst.at("/inForce/inputPerMillion").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(atFirst.get("history")).hasSize(3);
        assertThat(atFirst.at("/history/0/inputPerMillion").decimalValue()).isEqualByComparingTo("5");
        assertThat(atFirst.at("/history/2/inputPerMillion").decimalValue()).isEqualByComparingTo("1.5");
        JsonNode current = operator.get("/api/admin/models/" + id + "/prices").json();
        assertThat(current.at("/inForce/inputPerMillion").decimalValue()).isEqualByComparingTo("2.000001");
        String future = Instant.now().plus(Duration.ofDays(31)).toString();
        assertThat(operator.get("/api/admin/models/" + id + "/prices?at=" + future)
                        .json()
                        .at("/inForce/outputPerMillion")
                        .decimalValue())
                .isEqualByComparingTo("6");
        JsonNode before = operator.get("/api/admin/models/" + id + "/prices?at=2020-01-01T00:00:00Z")
                .json();
        assertThat(before.path("inForce").isMissingNode()
                        || before.path("inForce").isNull())
                .isTrue();
        assertThat(operator.get("/api/admin/models/" + id)
                        .json()
                        .at("/price/outputPerMillion")
                        .decimalValue())
                .isEqualByComparingTo("4");

        assertField(
                put(
                        operator,
                        "/api/admin/models/" + id + "/price",
                        Map.of("inputPerMillion", 1, "outputPerMillion", 1, "effectiveFrom", "2026-01-01T00:00:00Z")),
                "effectiveFrom");
        assertProblem(
                put(
                        operator,
                        "/api/admin/models/" + id + "/price",
                        Map.of("inputPerMillion", 1, "outputPerMillion", 1, "effectiveFrom", later)),
                409,
                "PRICE_EXISTS");
        assertThat(operator.get("/api/admin/models/" + id + "/prices").json().get("history"))
                .hasSize(3);
    }

    @Test
    @DisplayName("a model can be renamed and disabled; unknown ones are 404")
    void changeModel() {
        String provider = Providers.register("chg");
        String id = operator.post(
                        "/api/admin/models",
                        Map.of(
                                "providerId",
                                provider,
                                "model",
                                "m-chg",
                                "displayName",
                                "Before",
                                "inputPerMillion",
                                0,
                                "outputPerMillion",
                                0))
                .json()
                .get("id")
                .asText();
        JsonNode changed = operator.patch("/api/admin/models/" + id, Map.of("displayName", "After", "enabled", false))
                .json();
        assertThat(changed.get("displayName").asText()).isEqualTo("After");
        assertThat(changed.get("enabled").asBoolean()).isFalse();
        assertThat(changed.at("/price/inputPerMillion").decimalValue()).isEqualByComparingTo("0");
        assertProblem(operator.get("/api/admin/models/no-such-model"), 404, "MODEL_NOT_FOUND");
        assertProblem(
                put(
                        operator,
                        "/api/admin/models/no-such-model/price",
                        Map.of("inputPerMillion", 1, "outputPerMillion", 1)),
                404,
                "MODEL_NOT_FOUND");
        assertProblem(
                operator.post(
                        "/api/admin/models",
                        Map.of("providerId", provider, "model", "m-chg", "inputPerMillion", 1, "outputPerMillion", 1)),
                409,
                "MODEL_TAKEN");
    }

    @Test
    @DisplayName("bad catalogue input is a 400 problem naming the field, and adds nothing")
    void badInput() {
        String provider = Providers.register("badm");
        assertField(add(provider, "m-1", "-1", "1"), "inputPerMillion");
        assertField(add(provider, "m-1", "1", "0.1234567"), "outputPerMillion");
        assertField(add(provider, "gpt 4o", "1", "1"), "model");
        assertField(add(provider, "x".repeat(101), "1", "1"), "model");
        assertField(add("no-such-provider", "m-1", "1", "1"), "providerId");
        Map<String, Object> noPrice = Map.of("providerId", provider, "model", "m-1");
        assertField(operator.post("/api/admin/models", noPrice), "inputPerMillion");
        assertProblem(
                operator.post(
                        "/api/admin/models",
                        "{\"providerId\":\"" + provider
                                + "\",\"model\":\"m-1\",\"inputPerMillion\":\"lots\",\"outputPerMillion\":1}"),
                400,
                "INVALID_REQUEST");
        assertField(operator.get("/api/admin/models/00000000-0000-4000-9000-000000000001/prices?at=yesterday"), "at");
        assertThat(operator.get("/api/admin/models?providerId=" + provider)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    private Api.Reply add(String provider, String model, String input, String output) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", provider);
        body.put("model", model);
        body.put("inputPerMillion", new BigDecimal(input));
        body.put("outputPerMillion", new BigDecimal(output));
        return operator.post("/api/admin/models", body);
    }
}
