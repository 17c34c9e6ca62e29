package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The usage reports' contract: what real calls through /v1 add up to (served, refused by reason, failed; tokens
 * and EUR of the calls served; by model, provider and key), the shape, the period rules and who may see what.
 */
class UsageIT {

    private static ChatFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @Test
    @DisplayName("a tenant with a quota of 3 requests, served 3 times and refused 4 times, sees requests 3 and "
            + "refused 4 by reason, the tokens and EUR of the 3 served, breakdowns that add up; another tenant "
            + "sees none of it")
    void servedAndRefused() {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", 3, "requestsPerMinute", 100));
        for (int i = 0; i < 3; i++) {
            Api.Reply served = t.chat();
            assertThat(served.status()).as(served.toString()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            ApiKeys.assertOpenAiError(t.chat(), 429, "insufficient_quota", "insufficient_quota");
        }
        ApiKeys.assertOpenAiError(
                t.chat(Map.of("model", "no-such-model")), 404, "invalid_request_error", "model_not_found");

        JsonNode report = Api.operator()
                .get("/api/admin/usage?tenantId=" + t.tenant().id())
                .json();
        JsonNode totals = report.get("totals");
        assertThat(totals.get("requests").asLong()).as(report.toString()).isEqualTo(3);
        assertThat(totals.get("refused").asLong()).isEqualTo(4);
        assertThat(totals.get("refusedByReason"))
                .isEqualTo(Api.JSON.valueToTree(Map.of("insufficient_quota", 3, "model_not_found", 1)));
        assertThat(totals.get("failed").asLong()).isZero();
        assertThat(totals.get("inputTokens").asLong()).isEqualTo(3L * OpenAiDouble.PROMPT_TOKENS);
        assertThat(totals.get("outputTokens").asLong()).isEqualTo(3L * OpenAiDouble.COMPLETION_TOKENS);
        BigDecimal quotaCost = Tenants.signIn(t.tenant())
                .get("/api/portal/quota")
                .json()
                .get("costEur")
                .decimalValue();
        assertThat(totals.get("costEur").decimalValue())
                .as("the EUR of the served calls, as the quota settled them")
                .isPositive()
                .isEqualByComparingTo(quotaCost);

        assertThat(report.get("byModel"))
                .extracting(m -> m.get("model").asText())
                .containsExactly(ChatFixture.MODEL, "no-such-model");
        assertThat(report.at("/byModel/0/totals/refusedByReason/insufficient_quota")
                        .asLong())
                .isEqualTo(3);
        assertThat(report.get("byProvider"))
                .extracting(
                        p -> p.path("name").asText(null),
                        p -> p.at("/totals/requests").asLong())
                .containsExactly(tuple("OpenAI", 3L), tuple(null, 0L));
        assertThat(report.at("/byProvider/1/providerId").isMissingNode())
                .as("the refusals came before any provider was chosen")
                .isTrue();
        assertThat(report.get("byApiKey")).singleElement().satisfies(k -> {
            assertThat(k.get("apiKeyId").asText()).isEqualTo(t.key().id());
            assertThat(k.get("tenantId").asText()).isEqualTo(t.tenant().id());
            assertThat(k.get("name").asText())
                    .isEqualTo(t.key().body().at("/key/name").asText());
            assertThat(k.get("masked").asText())
                    .isEqualTo(t.key().body().at("/key/masked").asText());
            assertThat(k.get("totals")).isEqualTo(totals);
        });
        for (String breakdown : List.of("byModel", "byProvider", "byApiKey", "days")) {
            assertThat(sum(report.get(breakdown)))
                    .as(breakdown + " adds up to the totals")
                    .isEqualTo(sum(List.of(totals)));
        }

        JsonNode portal = Tenants.signIn(t.tenant()).get("/api/portal/usage").json();
        assertThat(portal.get("totals")).isEqualTo(totals);
        assertThat(portal.get("byApiKey")).isEqualTo(report.get("byApiKey"));

        Api.Reply other = Tenants.signIn(Tenants.open("usageother")).get("/api/portal/usage");
        assertThat(other.json().at("/totals/requests").asLong()).isZero();
        assertThat(other.json().get("byApiKey")).isEmpty();
        assertThat(other.raw())
                .as("another tenant's report shows nothing of this one")
                .doesNotContain(t.key().id())
                .doesNotContain(t.tenant().id());
        JsonNode all = Api.operator().get("/api/admin/usage").json();
        assertThat(all.get("byApiKey"))
                .filteredOn(k -> k.path("apiKeyId").asText().equals(t.key().id()))
                .singleElement()
                .satisfies(k -> assertThat(k.get("tenantId").asText())
                        .isEqualTo(t.tenant().id()));
    }

    @Test
    @DisplayName("24 concurrent calls against a quota of 20: the console's client row, read from the rollups, says "
            + "what the report counted from the calls (20 requests, their tokens and EUR, quota 100 %)")
    void clientRowEqualsTheCalls() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", 20, "requestsPerMinute", 1000));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            List<java.util.concurrent.Future<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(pool.submit(() -> t.chat()));
            }
            for (var call : calls) {
                assertThat(call.get().status()).isIn(200, 429);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode row = assertClientRowMatchesReport(t.tenant());
        assertThat(row.get("requests").asLong()).isEqualTo(20);
        assertThat(row.get("quotaPercent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(row.get("status").asText()).as("a new client is on trial").isEqualTo("trial");
        assertThat(row.get("lastActivity").asText()).isNotBlank();
    }

    @Test
    @DisplayName("the client table sorts by each column, filters by status and text, pages, and refuses unknown values")
    void clientTable() {
        Tenants.Opened quiet = Tenants.open("usagequiet");
        LimitsIT.Opened busy = LimitsIT.onPlan(Map.of("requestsPerMinute", 1000));
        assertThat(busy.chat().status()).isEqualTo(200);
        Api operator = Api.operator();
        JsonNode byCost = operator.get("/api/admin/usage/clients?size=100").json();
        List<String> costs = new ArrayList<>();
        byCost.get("items")
                .forEach(i -> costs.add(i.get("costEur").decimalValue().toPlainString()));
        assertThat(byCost.get("items").get(0).get("costEur").decimalValue())
                .as("most costly first by default")
                .isGreaterThanOrEqualTo(
                        byCost.get("items").get(costs.size() - 1).get("costEur").decimalValue());
        JsonNode byName = operator.get("/api/admin/usage/clients?sort=name&q=" + quiet.slug())
                .json();
        assertThat(byName.get("total").asLong()).isEqualTo(1);
        JsonNode only = byName.get("items").get(0);
        assertThat(only.get("slug").asText()).isEqualTo(quiet.slug());
        assertThat(only.get("requests").asLong()).isZero();
        assertThat(only.path("lastActivity").isNull()
                        || only.path("lastActivity").isMissingNode())
                .isTrue();
        assertThat(only.path("quotaPercent").isNull()
                        || only.path("quotaPercent").isMissingNode())
                .as("no plan, no limit")
                .isTrue();
        for (String sort : List.of("name", "tokens", "cost", "requests", "quota", "last_activity")) {
            for (String order : List.of("asc", "desc")) {
                Api.Reply page = operator.get("/api/admin/usage/clients?size=5&sort=" + sort + "&order=" + order);
                assertThat(page.status()).as(sort + " " + order + ": " + page).isEqualTo(200);
                assertThat(page.json().get("items").size()).isBetween(1, 5);
            }
        }
        JsonNode suspendedOnly = operator.get("/api/admin/usage/clients?status=suspended&q="
                        + busy.tenant().slug())
                .json();
        assertThat(suspendedOnly.get("total").asLong()).isZero();
        for (String[] bad : new String[][] {{"sort=size", "sort"}, {"order=up", "order"}, {"status=gone", "status"}}) {
            Api.Reply refused = operator.get("/api/admin/usage/clients?" + bad[0]);
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertThat(refused.json().get("violations").findValuesAsText("field"))
                    .containsExactly(bad[1]);
        }
        assertThat(Tenants.signIn(quiet).get("/api/admin/usage/clients").status())
                .isIn(401, 403);
    }

    /** The client's row of the console's table (rollups) against the operator's report (the calls themselves). */
    static JsonNode assertClientRowMatchesReport(Tenants.Opened tenant) {
        JsonNode totals = Api.operator()
                .get("/api/admin/usage?tenantId=" + tenant.id())
                .json()
                .get("totals");
        JsonNode page = Api.operator()
                .get("/api/admin/usage/clients?q=" + tenant.slug())
                .json();
        assertThat(page.get("total").asLong()).as(page.toString()).isEqualTo(1);
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("tenantId").asText()).isEqualTo(tenant.id());
        assertThat(row.get("requests").asLong())
                .as("requests")
                .isEqualTo(totals.get("requests").asLong());
        assertThat(row.get("tokens").asLong())
                .as("tokens")
                .isEqualTo(totals.get("inputTokens").asLong()
                        + totals.get("outputTokens").asLong());
        assertThat(row.get("costEur").decimalValue())
                .as("EUR")
                .isEqualByComparingTo(totals.get("costEur").decimalValue());
        return row;
    }

    /** The counts and amounts of some totals added up: served, refused per reason, failed, tokens, EUR. */
    private static List<Object> sum(Iterable<JsonNode> entries) {
        long requests = 0;
        long failed = 0;
        long input = 0;
        long output = 0;
        BigDecimal cost = BigDecimal.ZERO;
        Map<String, Long> refused = new TreeMap<>();
        for (JsonNode entry : entries) {
            JsonNode t = entry.has("totals") ? entry.get("totals") : entry;
            requests += t.get("requests").asLong();
            failed += t.get("failed").asLong();
            input += t.get("inputTokens").asLong();
            output += t.get("outputTokens").asLong();
            cost = cost.add(t.get("costEur").decimalValue());
            t.get("refusedByReason")
                    .fields()
                    .forEachRemaining(
                            r -> refused.merge(r.getKey(), r.getValue().asLong(), Long::sum));
            assertThat(t.get("refused").asLong())
                    .isEqualTo(StreamSupport.stream(t.get("refusedByReason").spliterator(), false)
                            .mapToLong(JsonNode::asLong)
                            .sum());
        }
        List<Object> sums = new ArrayList<>(List.of(requests, failed, input, output, cost.stripTrailingZeros()));
        sums.add(refused);
        return sums;
    }

    @Test
    @DisplayName("a tenant sees its usage as totals and one entry per day of the period, in its time zone")
    void portalReport() {
        Tenants.Opened t = Tenants.open("usage");
        Api.operator().patch("/api/admin/tenants/" + t.id(), Map.of("timeZone", "America/New_York"));
        JsonNode report = Tenants.signIn(t)
                .get("/api/portal/usage?from=2026-10-30&to=2026-11-02")
                .json();
        assertThat(report.get("zone").asText()).isEqualTo("America/New_York");
        assertThat(report.get("from").asText()).isEqualTo("2026-10-30");
        assertThat(report.get("days").findValuesAsText("date"))
                .containsExactly("2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02");
        assertThat(report.at("/totals/requests").asLong()).isZero();
        assertThat(report.at("/totals/costEur").decimalValue()).isZero();
    }

    @Test
    @DisplayName("by default the report covers the current month up to today")
    void defaultPeriod() {
        JsonNode report = Api.operator().get("/api/admin/usage").json();
        assertThat(report.get("from").asText()).endsWith("-01");
        assertThat(report.get("days").size()).isBetween(1, 31);
        assertThat(report.get("zone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    @DisplayName("bad dates, a reversed or too long period, and an unknown tenant are problems")
    void badInput() {
        Api operator = Api.operator();
        assertProblem(operator.get("/api/admin/usage?from=yesterday"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/usage?from=2026-11-10&to=2026-11-01"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/usage?from=2024-01-01&to=2026-01-01"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/usage?tenantId=no-such-tenant"), 404, "TENANT_NOT_FOUND");
    }

    @Test
    @DisplayName("the admin report is for operators only; the portal report needs a session")
    void access() {
        Tenants.Opened t = Tenants.open("usageacl");
        assertProblem(Tenants.signIn(t).get("/api/admin/usage?tenantId=" + t.id()), 403, "FORBIDDEN");
        assertProblem(Api.anonymous().get("/api/admin/usage"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(Api.anonymous().get("/api/portal/usage"), 401, "AUTHENTICATION_REQUIRED");
        assertThat(Api.operator().get("/api/admin/usage?tenantId=" + t.id()).status())
                .isEqualTo(200);
    }
}
