package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Generates license keys and activates them through the API, for the licensing end-to-end tests. */
final class Licenses {

    static final String KEY_PATTERN = "[2-9A-HJ-NP-Y]{5}(-[2-9A-HJ-NP-Y]{5}){4}";

    private Licenses() {}

    /** A key just generated: its id, its secret and the plan it grants. */
    record Generated(String id, String key, String planId, JsonNode body) {}

    /** A plan of its own (so that tests can tell it apart), with a high rate. */
    static String plan() {
        return PlansIT.createPlan(Api.operator(), Map.of("name", "Licensed " + Api.unique("p")))
                .get("id")
                .asText();
    }

    static List<Generated> generate(String planId, Map<String, Object> terms) {
        Map<String, Object> body = new HashMap<>(terms);
        body.put("planId", planId);
        Api.Reply reply = Api.operator().post("/api/admin/licenses", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return StreamSupport.stream(reply.json().get("licenses").spliterator(), false)
                .map(item -> new Generated(
                        item.at("/license/id").asText(), item.get("key").asText(), planId, item))
                .toList();
    }

    static Generated one(String planId, Map<String, Object> terms) {
        return generate(planId, terms).get(0);
    }

    static Generated one(String planId) {
        return one(planId, Map.of());
    }

    static Api.Reply activate(Api portal, String key) {
        return portal.post("/api/licenses/activate", Map.of("key", key));
    }

    static JsonNode license(String id) {
        Api.Reply reply = Api.operator().get("/api/admin/licenses/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static JsonNode tenant(String id) {
        Api.Reply reply = Api.operator().get("/api/admin/tenants/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static Api.Reply move(String id, String move, Map<String, Object> body) {
        return Api.operator().post("/api/admin/licenses/" + id + "/" + move, body);
    }

    /** Ends a tenant's trial now, so that its keys answer 402 until it has paid or licensed access. */
    static void endTrial(Tenants.Opened tenant) {
        JsonNode t = tenant(tenant.id());
        Api.Reply ended = Api.operator()
                .patch(
                        "/api/admin/tenants/" + tenant.id(),
                        Map.of("trialEndsAt", t.get("createdAt").asText()));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    }

    static List<JsonNode> audit(String action) {
        Api.Reply reply = Api.operator().get("/api/admin/audit?action=" + action + "&size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return StreamSupport.stream(reply.json().get("items").spliterator(), false)
                .toList();
    }

    static List<JsonNode> alerts(String tenantId) {
        Api.Reply reply = Api.operator().get("/api/admin/alerts?tenantId=" + tenantId + "&size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return StreamSupport.stream(reply.json().get("items").spliterator(), false)
                .toList();
    }

    /** Asserts a problem+json answer with its status and code. */
    static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
