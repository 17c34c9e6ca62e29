package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The operators' plan API, end to end: the seeded plans, creating and changing plans, chains, and assignment. */
class PlansIT {

    static final String OPENAI = "00000000-0000-4000-8000-000000000001";
    static final String ANTHROPIC = "00000000-0000-4000-8000-000000000002";
    static final String OLLAMA = "00000000-0000-4000-8000-000000000006";

    private final Api operator = Api.operator();

    /** A new plan with a unique code, created through the API; answers its JSON. */
    static JsonNode createPlan(Api operator, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(
                Map.of("code", Api.unique("plan"), "name", "Plan", "monthlyPriceEur", 10, "requestsPerMinute", 1000));
        body.putAll(overrides);
        Api.Reply reply = operator.post("/api/admin/plans", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("Location"))
                .endsWith("/api/admin/plans/" + reply.json().get("id").asText());
        return reply.json();
    }

    private JsonNode seeded(String code) {
        Api.Reply list = operator.get("/api/admin/plans?size=100");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().get("items").spliterator(), false)
                .filter(p -> p.get("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No plan " + code + ": " + list));
    }

    private static List<String> chain(JsonNode plan) {
        return plan.get("providers").findValuesAsText("id");
    }

    @Test
    @DisplayName("the four seeded plans are listed with their prices, limits and chains")
    void seededPlans() {
        JsonNode demo = seeded("demo");
        assertThat(demo.get("id").asText()).isEqualTo("00000000-0000-4000-b000-000000000001");
        assertThat(demo.get("monthlyPriceEur").decimalValue()).isEqualByComparingTo("0");
        assertThat(demo.get("trialDays").asInt()).isEqualTo(30);
        assertThat(demo.get("requestsPerMonth").asLong()).isEqualTo(100);
        assertThat(demo.get("requestsPerMinute").asInt()).isEqualTo(5);
        assertThat(chain(demo)).containsExactly(OLLAMA);
        assertThat(demo.at("/providers/0/name").asText()).isEqualTo("Ollama");
        assertThat(demo.at("/providers/0/kind").asText()).isEqualTo("OLLAMA");

        JsonNode starter = seeded("starter");
        assertThat(starter.get("monthlyPriceEur").decimalValue()).isEqualByComparingTo("99");
        assertThat(starter.get("requestsPerMonth").asLong()).isEqualTo(1000);
        assertThat(starter.get("requestsPerMinute").asInt()).isEqualTo(10);
        assertThat(chain(starter)).containsExactly(OPENAI, OLLAMA);

        JsonNode business = seeded("business");
        assertThat(business.get("monthlyPriceEur").decimalValue()).isEqualByComparingTo("299");
        assertThat(business.get("requestsPerMonth").asLong()).isEqualTo(10000);
        assertThat(business.get("requestsPerMinute").asInt()).isEqualTo(30);
        assertThat(business.get("extraKeyPriceEur").decimalValue()).isEqualByComparingTo("50");
        assertThat(chain(business)).containsExactly(OPENAI, OLLAMA);

        JsonNode enterprise = seeded("enterprise");
        assertThat(enterprise.get("monthlyPriceEur").decimalValue()).isEqualByComparingTo("999");
        assertThat(enterprise.path("requestsPerMonth").isNull()
                        || enterprise.path("requestsPerMonth").isMissingNode())
                .as("unlimited")
                .isTrue();
        assertThat(enterprise.get("requestsPerMinute").asInt()).isEqualTo(100);
        assertThat(chain(enterprise)).containsExactly(OPENAI, ANTHROPIC, OLLAMA);

        assertThat(operator.get("/api/admin/plans/" + demo.get("id").asText())
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("demo");
    }

    @Test
    @DisplayName("a plan is created, changed with PATCH semantics, given a chain, and read back")
    void createPatchAndChain() {
        JsonNode plan = createPlan(
                operator,
                Map.of("name", "Team", "monthlyPriceEur", 149.5, "requestsPerMonth", 5000, "spendCapEur", 200));
        String path = "/api/admin/plans/" + plan.get("id").asText();
        assertThat(plan.get("monthlyPriceEur").decimalValue()).isEqualByComparingTo("149.50");
        assertThat(plan.get("enabled").asBoolean()).isTrue();
        assertThat(plan.get("providers")).isEmpty();

        Api.Reply patched = operator.patch(path, Map.of("requestsPerMinute", 40, "unset", List.of("spendCapEur")));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("name").asText()).as("untouched").isEqualTo("Team");
        assertThat(patched.json().get("requestsPerMonth").asLong())
                .as("untouched")
                .isEqualTo(5000);
        assertThat(patched.json().get("requestsPerMinute").asInt()).isEqualTo(40);
        assertThat(patched.json().path("spendCapEur").isNull()
                        || patched.json().path("spendCapEur").isMissingNode())
                .isTrue();

        Api.Reply chained =
                Providers.put(operator, path + "/providers", Map.of("providerIds", List.of(OLLAMA, OPENAI)));
        assertThat(chained.status()).as(chained.toString()).isEqualTo(200);
        assertThat(chain(chained.json())).containsExactly(OLLAMA, OPENAI);
        Api.Reply rechained =
                Providers.put(operator, path + "/providers", Map.of("providerIds", List.of(OPENAI, OLLAMA)));
        assertThat(chain(rechained.json())).containsExactly(OPENAI, OLLAMA);
        assertThat(chain(operator.get(path).json())).containsExactly(OPENAI, OLLAMA);
        assertThat(operator.get(path).json().at("/providers/0/name").asText()).isEqualTo("OpenAI");
    }

    @Test
    @DisplayName("bad plans and chains are problems naming what is wrong, and change nothing")
    void badInput() {
        assertField(
                operator.post(
                        "/api/admin/plans",
                        Map.of("code", Api.unique("neg"), "name", "N", "monthlyPriceEur", -1, "requestsPerMinute", 5)),
                "monthlyPriceEur");
        assertField(
                operator.post(
                        "/api/admin/plans",
                        Map.of(
                                "code",
                                Api.unique("dec"),
                                "name",
                                "N",
                                "monthlyPriceEur",
                                1.234,
                                "requestsPerMinute",
                                5)),
                "monthlyPriceEur");
        assertField(
                operator.post(
                        "/api/admin/plans",
                        Map.of("code", "c".repeat(41), "name", "N", "monthlyPriceEur", 1, "requestsPerMinute", 5)),
                "code");
        assertField(
                operator.post(
                        "/api/admin/plans",
                        Map.of("code", "Not A Code", "name", "N", "monthlyPriceEur", 1, "requestsPerMinute", 5)),
                "code");
        assertField(
                operator.post(
                        "/api/admin/plans",
                        Map.of("code", Api.unique("zero"), "name", "N", "monthlyPriceEur", 1, "requestsPerMinute", 0)),
                "requestsPerMinute");
        String code = Api.unique("dup");
        createPlan(operator, Map.of("code", code));
        assertProblem(
                operator.post(
                        "/api/admin/plans",
                        Map.of("code", code, "name", "N", "monthlyPriceEur", 1, "requestsPerMinute", 5)),
                409,
                "PLAN_CODE_TAKEN");

        JsonNode plan = createPlan(operator, Map.of());
        String path = "/api/admin/plans/" + plan.get("id").asText();
        assertField(operator.patch(path, Map.of("spendCapEur", -0.5)), "spendCapEur");
        assertField(operator.patch(path, Map.of("extraKeyPriceEur", 0.001)), "extraKeyPriceEur");
        assertField(operator.patch(path, Map.of("unset", List.of("monthlyPriceEur"))), "unset[0]");
        Providers.put(operator, path + "/providers", Map.of("providerIds", List.of(OLLAMA)));

        Api.Reply unknown = Providers.put(
                operator, path + "/providers", Map.of("providerIds", List.of(OLLAMA, "no-such-provider")));
        assertProblem(unknown, 404, "PROVIDER_NOT_FOUND");
        assertThat(unknown.json().get("detail").asText()).contains("providerIds[1]");
        assertField(
                Providers.put(operator, path + "/providers", Map.of("providerIds", List.of(OLLAMA, OPENAI, OLLAMA))),
                "providerIds[2]");
        assertField(Providers.put(operator, path + "/providers", Map.of("providerIds", List.of())), "providerIds");
        assertField(
                Providers.put(
                        operator,
                        path + "/providers",
                        Map.of("providerIds", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))),
                "providerIds");
        assertProblem(Providers.put(operator, path + "/providers", "{}"), 400, "VALIDATION_FAILED");
        assertThat(chain(operator.get(path).json())).as("unchanged").containsExactly(OLLAMA);
        assertThat(operator.get(path).json().get("monthlyPriceEur").decimalValue())
                .isEqualByComparingTo("10");

        assertProblem(operator.get("/api/admin/plans/no-such-plan"), 404, "PLAN_NOT_FOUND");
        assertProblem(operator.patch("/api/admin/plans/no-such-plan", Map.of("name", "x")), 404, "PLAN_NOT_FOUND");
        assertProblem(
                Providers.put(
                        operator, "/api/admin/plans/no-such-plan/providers", Map.of("providerIds", List.of(OLLAMA))),
                404,
                "PLAN_NOT_FOUND");
    }

    @Test
    @DisplayName("portal sessions get 403 and anonymous callers 401 on every plan operation")
    void onlyOperators() {
        Tenants.Opened t = Tenants.open("planpeek");
        Api portal = Tenants.signIn(t);
        String demo = "/api/admin/plans/00000000-0000-4000-b000-000000000001";
        for (Api caller : List.of(portal, Api.anonymous())) {
            int status = caller == portal ? 403 : 401;
            String code = caller == portal ? "FORBIDDEN" : "AUTHENTICATION_REQUIRED";
            assertProblem(caller.get("/api/admin/plans"), status, code);
            assertProblem(caller.get(demo), status, code);
            assertProblem(
                    caller.post(
                            "/api/admin/plans",
                            Map.of("code", "x", "name", "x", "monthlyPriceEur", 1, "requestsPerMinute", 1)),
                    status,
                    code);
            assertProblem(caller.patch(demo, Map.of("monthlyPriceEur", 0)), status, code);
            assertProblem(
                    Providers.put(caller, demo + "/providers", Map.of("providerIds", List.of(OPENAI))), status, code);
        }
        assertThat(chain(operator.get(demo).json())).containsExactly(OLLAMA);
    }

    @Test
    @DisplayName("an operator puts a tenant on a plan; an unknown or disabled plan is a 400 on planId")
    void assignPlan() {
        Tenants.Opened t = Tenants.open("onplan");
        String path = "/api/admin/tenants/" + t.id();
        assertThat(operator.get(path).json().path("planId").isNull()
                        || operator.get(path).json().path("planId").isMissingNode())
                .as("no plan at first")
                .isTrue();
        String business = "00000000-0000-4000-b000-000000000003";
        Api.Reply assigned = operator.patch(path, Map.of("planId", business));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("planId").asText()).isEqualTo(business);
        assertThat(operator.get(path).json().get("planId").asText()).isEqualTo(business);

        Api.Reply unknown = operator.patch(path, Map.of("planId", "no-such-plan"));
        assertField(unknown, "planId");
        JsonNode disabled = createPlan(operator, Map.of("enabled", false));
        assertField(operator.patch(path, Map.of("planId", disabled.get("id").asText())), "planId");
        assertThat(operator.get(path).json().get("planId").asText())
                .as("unchanged")
                .isEqualTo(business);
    }

    private static void assertField(Api.Reply reply, String field) {
        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.json().get("violations").findValuesAsText("field"))
                .as(reply.toString())
                .contains(field);
        assertThat(reply.raw()).doesNotContain("Exception");
    }
}
