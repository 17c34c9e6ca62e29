package fr.guichet.it;

import static fr.guichet.it.Licenses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Licensing end to end: generation, listing, bad input, activation, the access it grants and its life cycle. */
class LicensesIT {

    private final Api operator = Api.operator();

    @Test
    @DisplayName(
            "an operator generates a key: shown once in its readable format with its activation link, listed masked")
    void generateOne() {
        String plan = Licenses.plan();
        Licenses.Generated g = Licenses.one(plan, Map.of("reseller", "Boutique " + Api.unique("r"), "note", "Salon"));
        assertThat(g.key()).matches(Licenses.KEY_PATTERN);
        assertThat(g.body().get("activationLink").asText()).endsWith("#key=" + g.key());
        JsonNode license = Licenses.license(g.id());
        assertThat(license.get("durationDays").asInt()).isEqualTo(30);
        assertThat(license.get("maxActivations").asInt()).isEqualTo(1);
        assertThat(license.get("status").asText()).isEqualTo("active");
        assertThat(license.get("state").asText()).isEqualTo("valid");
        assertThat(license.get("masked").asText())
                .endsWith(g.key().substring(g.key().length() - 4))
                .doesNotContain(g.key().substring(0, 5));
        assertThat(license.toString()).doesNotContain(g.key());
        assertThat(Licenses.audit("license.generated")).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
            assertThat(e.get("subject").asText())
                    .isEqualTo("batch:" + license.get("batchId").asText());
        });
    }

    @Test
    @DisplayName("a batch comes as CSV for the reseller, its keys all different, and is listed by batch with paging")
    void batchAsCsv() {
        String plan = Licenses.plan();
        String reseller = "Revendeur, \"=SUM\" " + Api.unique("r");
        Api.Reply csv = operator.header("Accept", "text/csv")
                .post(
                        "/api/admin/licenses",
                        Map.of("planId", plan, "count", 5, "durationDays", 90, "reseller", reseller));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(201);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"licenses-");
        String[] lines = csv.raw().split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("key,activation_link,license_id,plan,duration_days");
        Set<String> keys = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String key = lines[i].substring(0, lines[i].indexOf(','));
            assertThat(key).matches(Licenses.KEY_PATTERN);
            keys.add(key);
            assertThat(lines[i]).contains("#key=" + key).contains(",90,1,").contains("\"Revendeur, \"\"=SUM\"\" ");
        }
        assertThat(keys).hasSize(5);
        String batchId = lines[1].substring(lines[1].lastIndexOf(',') + 1);
        Api.Reply page = Api.operator().get("/api/admin/licenses?batchId=" + batchId + "&size=2&page=2");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(5);
        assertThat(page.json().get("totalPages").asLong()).isEqualTo(3);
        assertThat(page.json().get("items")).hasSize(1);
        Api.Reply byReseller = Api.operator()
                .get("/api/admin/licenses?reseller="
                        + java.net.URLEncoder.encode(reseller, java.nio.charset.StandardCharsets.UTF_8)
                        + "&status=active");
        assertThat(byReseller.json().get("total").asLong()).isEqualTo(5);
    }

    @Test
    @DisplayName("bad orders are refused with problem details naming the field, and nothing is generated")
    void badInput() {
        String plan = Licenses.plan();
        assertViolation(Map.of("planId", plan, "durationDays", -5), "durationDays");
        assertViolation(Map.of("planId", plan, "count", 1_000_000), "count");
        assertViolation(Map.of("planId", plan, "maxActivations", 0), "maxActivations");
        assertViolation(Map.of("planId", "no-such-plan"), "planId");
        assertViolation(Map.of("durationDays", 30), "planId");
        assertViolation(Map.of("planId", plan, "activateBefore", "2020-01-01T00:00:00Z"), "activateBefore");
        assertProblem(operator.post("/api/admin/licenses", "{\"planId\": "), 400, "INVALID_REQUEST");
        assertProblem(
                operator.post("/api/admin/licenses", Map.of("planId", plan, "durationDays", "thirty")),
                400,
                "INVALID_REQUEST");
        assertThat(Api.operator()
                        .get("/api/admin/licenses?planId=" + plan)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertProblem(operator.get("/api/admin/licenses?status=lost"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/licenses?createdFrom=yesterday"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/licenses/no-such-id"), 404, "LICENSE_NOT_FOUND");
        assertProblem(
                operator.post("/api/admin/licenses/no-such-id/revoke", Map.of("reason", "x")),
                404,
                "LICENSE_NOT_FOUND");
        Tenants.Opened t = Tenants.open("lic-bad");
        Api portal = Tenants.signIn(t);
        assertProblem(portal.get("/api/admin/licenses"), 403, "FORBIDDEN");
        assertProblem(Licenses.activate(portal, ""), 400, "VALIDATION_FAILED");
        assertProblem(portal.post("/api/licenses/activate", Map.of("key", "x".repeat(500))), 400, "VALIDATION_FAILED");
        assertProblem(
                Api.anonymous().post("/api/licenses/activate", Map.of("key", "ABCDE")), 401, "AUTHENTICATION_REQUIRED");
    }

    private void assertViolation(Map<String, Object> body, String field) {
        Api.Reply reply = operator.post("/api/admin/licenses", body);
        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.json().get("violations").toString()).contains("\"" + field + "\"");
    }

    @Test
    @DisplayName(
            "activating a key gives the tenant its plan until expiry; a second key extends it; revocation ends it on the next /v1 call")
    void activationGrantsAccess() {
        String plan = Licenses.plan();
        Tenants.Opened t = Tenants.open("lic-act");
        Licenses.endTrial(t);
        ApiKeys.Created apiKey = ApiKeys.create(t.id());
        ApiKeys.assertOpenAiError(
                ApiKeys.models(apiKey.secret()), 402, "invalid_request_error", "subscription_required");

        Licenses.Generated first = Licenses.one(plan, Map.of("durationDays", 30));
        Licenses.Generated second = Licenses.one(plan, Map.of("durationDays", 10));
        Api portal = Tenants.signIn(t);
        Instant before = Instant.now();
        Api.Reply activated =
                Licenses.activate(portal, first.key().toLowerCase().replace("-", " "));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
        Instant end = Instant.parse(activated.json().get("accessEndsAt").asText());
        assertThat(end)
                .isBetween(
                        before.plus(Duration.ofDays(30)).minusSeconds(5),
                        Instant.now().plus(Duration.ofDays(30)).plusSeconds(5));
        JsonNode tenant = Licenses.tenant(t.id());
        assertThat(tenant.get("status").asText()).isEqualTo("active");
        assertThat(tenant.get("planId").asText()).isEqualTo(plan);
        assertThat(ApiKeys.models(apiKey.secret()).status())
                .as("served at once")
                .isEqualTo(200);

        Api.Reply extended = Licenses.activate(portal, second.key());
        assertThat(extended.status()).as(extended.toString()).isEqualTo(201);
        assertThat(Instant.parse(extended.json().get("accessEndsAt").asText()))
                .isEqualTo(end.plus(Duration.ofDays(10)));
        assertProblem(Licenses.activate(portal, first.key()), 409, "LICENSE_ALREADY_ACTIVATED");
        Api.Reply mine = portal.get("/api/portal/license");
        assertThat(mine.json().get("activations")).hasSize(2);
        assertThat(mine.json().at("/access/endsAt").asText())
                .isEqualTo(end.plus(Duration.ofDays(10)).toString());

        assertThat(Licenses.move(first.id(), "revoke", Map.of("reason", "Refunded by the reseller"))
                        .status())
                .isEqualTo(200);
        JsonNode access = Api.operator()
                .get("/api/admin/tenants/" + t.id() + "/license")
                .json()
                .get("access");
        assertThat(Instant.parse(access.get("endsAt").asText()))
                .as("the second key's 10 days remain, counted from its activation")
                .isBetween(
                        Instant.now().plus(Duration.ofDays(10)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(10)));
        assertThat(Licenses.move(second.id(), "revoke", Map.of("reason", "Chargeback"))
                        .status())
                .isEqualTo(200);
        ApiKeys.assertOpenAiError(
                ApiKeys.models(apiKey.secret()), 402, "invalid_request_error", "subscription_required");
        tenant = Licenses.tenant(t.id());
        assertThat(tenant.get("status").asText()).isEqualTo("trial");
        assertThat(tenant.has("planId") && !tenant.get("planId").isNull())
                .as("back to no plan")
                .isFalse();
        assertThat(Licenses.audit("license.revoked")).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo("license:" + first.id());
            assertThat(e.get("reason").asText()).isEqualTo("Refunded by the reseller");
        });
        assertThat(Licenses.audit("license.activated"))
                .anySatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo("license:" + second.id()));
        assertProblem(Licenses.move(first.id(), "revoke", Map.of("reason", "again")), 409, "INVALID_STATUS_TRANSITION");
        assertProblem(Licenses.move(first.id(), "revoke", Map.of()), 400, "VALIDATION_FAILED");
    }

    @Test
    @DisplayName(
            "a tenant on a paid plan goes back to it when its licensed access ends; suspend withholds its days, reinstate and extend restore them")
    void suspendReinstateExtend() {
        String paid = PlansIT.createPlan(Api.operator(), Map.of("name", "Paid"))
                .get("id")
                .asText();
        String licensed = Licenses.plan();
        Tenants.Opened t = Tenants.open("lic-life");
        assertThat(Api.operator()
                        .patch("/api/admin/tenants/" + t.id(), Map.of("planId", paid, "status", "active"))
                        .status())
                .isEqualTo(200);
        Licenses.Generated g = Licenses.one(licensed, Map.of("durationDays", 5));
        Api portal = Tenants.signIn(t);
        Instant end = Instant.parse(
                Licenses.activate(portal, g.key()).json().get("accessEndsAt").asText());
        assertThat(Licenses.tenant(t.id()).get("planId").asText()).isEqualTo(licensed);

        Api.Reply suspended = Licenses.move(g.id(), "suspend", Map.of("reason", "Reseller dispute"));
        assertThat(suspended.json().get("status").asText()).isEqualTo("suspended");
        assertThat(Licenses.tenant(t.id()).get("planId").asText()).isEqualTo(paid);
        assertThat(Licenses.tenant(t.id()).get("status").asText()).isEqualTo("active");
        assertProblem(Licenses.move(g.id(), "suspend", Map.of("reason", "twice")), 409, "INVALID_STATUS_TRANSITION");

        assertThat(Licenses.move(g.id(), "reinstate", Map.of("reason", "Settled"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("active");
        assertThat(Licenses.tenant(t.id()).get("planId").asText()).isEqualTo(licensed);

        Api.Reply extended = Licenses.move(g.id(), "extend", Map.of("days", 10, "reason", "Goodwill"));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.json().get("durationDays").asInt()).isEqualTo(15);
        assertThat(portal.get("/api/portal/license").json().at("/access/endsAt").asText())
                .isEqualTo(end.plus(Duration.ofDays(10)).toString());
        assertProblem(Licenses.move(g.id(), "extend", Map.of("days", -1, "reason", "x")), 400, "VALIDATION_FAILED");
        assertProblem(Licenses.move(g.id(), "extend", Map.of("days", 5000, "reason", "x")), 400, "VALIDATION_FAILED");
        assertThat(Licenses.audit("license.extended"))
                .anySatisfy(e -> assertThat(e.get("reason").asText())
                        .contains("+10 days")
                        .contains("Goodwill"));
    }

    @Test
    @DisplayName("a plan an operator gives a licensed tenant stands when its licensed access ends")
    void operatorPlanStands() {
        String licensed = Licenses.plan();
        String chosen = PlansIT.createPlan(Api.operator(), Map.of("name", "Chosen"))
                .get("id")
                .asText();
        Tenants.Opened t = Tenants.open("lic-op");
        Licenses.Generated g = Licenses.one(licensed);
        assertThat(Licenses.activate(Tenants.signIn(t), g.key()).status()).isEqualTo(201);
        assertThat(Api.operator()
                        .patch("/api/admin/tenants/" + t.id(), Map.of("planId", chosen))
                        .status())
                .isEqualTo(200);
        Licenses.move(g.id(), "revoke", Map.of("reason", "Moved to a contract"));
        JsonNode tenant = Licenses.tenant(t.id());
        assertThat(tenant.get("planId").asText()).isEqualTo(chosen);
        assertThat(tenant.get("status").asText()).isEqualTo("active");
    }

    @Test
    @DisplayName("a key allowing 3 activations is activated exactly 3 times when 10 tenants race for it")
    void activationRace() throws Exception {
        Licenses.Generated g = Licenses.one(Licenses.plan(), Map.of("maxActivations", 3));
        List<Api> portals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            portals.add(Tenants.signIn(Tenants.open("lic-race")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Api.Reply>> calls = portals.stream()
                    .<Callable<Api.Reply>>map(p -> () -> Licenses.activate(p, g.key()))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(calls)) {
                Api.Reply reply = f.get();
                statuses.add(reply.status());
                if (reply.status() != 201) {
                    assertProblem(reply, 409, "LICENSE_MAX_ACTIVATIONS_REACHED");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        JsonNode license = Licenses.license(g.id());
        assertThat(license.get("activations").asInt()).isEqualTo(3);
        assertThat(license.get("state").asText()).isEqualTo("max_activations_reached");
        assertThat(Api.operator()
                        .get("/api/admin/licenses/" + g.id() + "/activations?size=2")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("the statistics count keys by state, reseller and plan, and today's activations")
    void stats() {
        String plan = Licenses.plan();
        String reseller = Api.unique("stats-reseller");
        JsonNode before = operator.get("/api/admin/licenses/stats").json();
        List<Licenses.Generated> keys = Licenses.generate(plan, Map.of("count", 3, "reseller", reseller));
        Licenses.move(keys.get(2).id(), "revoke", Map.of("reason", "Lost"));
        assertThat(Licenses.activate(
                                Tenants.signIn(Tenants.open("lic-stats")),
                                keys.get(0).key())
                        .status())
                .isEqualTo(201);
        Api.Reply stats = operator.get("/api/admin/licenses/stats");
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        JsonNode byReseller = find(stats.json().get("byReseller"), reseller);
        assertThat(byReseller.get("keys").asLong()).isEqualTo(3);
        assertThat(byReseller.get("activations").asLong()).isEqualTo(1);
        assertThat(byReseller.get("revoked").asLong()).isEqualTo(1);
        JsonNode byPlan = find(stats.json().get("byPlan"), plan);
        assertThat(byPlan.get("name").asText()).startsWith("Licensed ");
        assertThat(stats.json().get("total").asLong())
                .isEqualTo(before.get("total").asLong() + 3);
        assertThat(stats.json().at("/byState/revoked").asLong())
                .isEqualTo(before.at("/byState/revoked").asLong() + 1);
        assertThat(stats.json().at("/byState/used_up").asLong())
                .isEqualTo(before.at("/byState/used_up").asLong() + 1);
        assertThat(stats.json().at("/byState/valid").asLong())
                .isEqualTo(before.at("/byState/valid").asLong() + 1);
        JsonNode days = stats.json().get("activationsPerDay");
        assertThat(days).hasSize(30);
        assertThat(days.get(29).get("activations").asLong())
                .isEqualTo(before.get("activationsPerDay")
                                .get(29)
                                .get("activations")
                                .asLong()
                        + 1);
        assertProblem(operator.get("/api/admin/licenses/stats?from=2026-13-01"), 400, "VALIDATION_FAILED");
        assertProblem(
                operator.get("/api/admin/licenses/stats?from=2020-01-01&to=2026-01-01"), 400, "VALIDATION_FAILED");
    }

    private static JsonNode find(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.hasNonNull("key") && key.equals(g.get("key").asText())) {
                return g;
            }
        }
        throw new AssertionError("No group " + key + " in " + groups);
    }

    @Test
    @DisplayName("the QR code of a key's activation link is a PNG that reads back as the link")
    void qrCode() throws Exception {
        Licenses.Generated g = Licenses.one(Licenses.plan());
        assertThat(QrCodes.read(g.key()))
                .isEqualTo(g.body().get("activationLink").asText());
        assertProblem(
                Api.operator().post("/api/admin/licenses/qr", Map.of("key", "not a key")), 400, "VALIDATION_FAILED");
        String typo = g.key().substring(0, 6)
                + (g.key().charAt(6) == '3' ? "4" : "3")
                + g.key().substring(7);
        assertProblem(Api.operator().post("/api/admin/licenses/qr", Map.of("key", typo)), 400, "VALIDATION_FAILED");
        assertProblem(
                Api.operator().post("/api/admin/licenses/qr", Map.of("key", LicenseKeys.wellFormedUnknown(g.key()))),
                404,
                "LICENSE_NOT_FOUND");
    }
}
