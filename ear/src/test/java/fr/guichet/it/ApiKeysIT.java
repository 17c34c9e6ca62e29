package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Managing client API keys through the admin and portal APIs, end to end: shown once, masked, isolated. */
class ApiKeysIT {

    private final Api operator = Api.operator();

    @Test
    @DisplayName(
            "an operator creates a key: 201, the secret once; the list and the key are masked, never the secret or hash")
    void adminCreateShownOnce() {
        Tenants.Opened t = Tenants.open("keys");
        Api.Reply created = operator.post(
                "/api/admin/tenants/" + t.id() + "/api-keys",
                Map.of("name", "CI pipeline", "allowedModels", List.of("gpt-4o-mini", "mistral-small-latest")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        JsonNode key = created.json().get("key");
        assertThat(secret).matches("^gk_live_[0-9A-Za-z]{32,}$").hasSizeGreaterThanOrEqualTo(40);
        assertThat(created.header("Location"))
                .endsWith("/api/admin/tenants/" + t.id() + "/api-keys/"
                        + key.get("id").asText());
        assertThat(key.get("prefix").asText()).isEqualTo(secret.substring(0, 12));
        assertThat(key.get("last4").asText()).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(key.get("masked").asText())
                .isEqualTo(secret.substring(0, 12) + "…" + secret.substring(secret.length() - 4));
        assertThat(key.get("status").asText()).isEqualTo("active");
        assertThat(key.get("name").asText()).isEqualTo("CI pipeline");
        assertThat(key.get("allowedModels")).hasSize(2);
        assertThat(key.has("hash") || key.has("keyHash") || key.has("secret")).isFalse();

        Api.Reply list = operator.get("/api/admin/tenants/" + t.id() + "/api-keys");
        Api.Reply one = operator.get(
                "/api/admin/tenants/" + t.id() + "/api-keys/" + key.get("id").asText());
        for (Api.Reply read : List.of(list, one)) {
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.raw())
                    .doesNotContain(secret)
                    .doesNotContain(secret.substring(12, secret.length() - 4))
                    .doesNotContain("\"secret\"")
                    .doesNotContain("hash");
        }
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().at("/items/0/masked").asText())
                .isEqualTo(key.get("masked").asText());
        assertThat(one.json().get("createdBy").asText()).isNotBlank();
    }

    @Test
    @DisplayName(
            "a tenant admin creates, lists, reads, rotates and revokes the tenant's keys in the portal; members get 403")
    void portal() {
        Tenants.Opened t = Tenants.open("pkeys");
        Api admin = Tenants.signIn(t);
        Api.Reply created = admin.post("/api/portal/api-keys", Map.of("name", "Portal key"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().at("/key/id").asText();
        assertThat(created.header("Location")).endsWith("/api/portal/api-keys/" + id);
        assertThat(ApiKeys.models(created.json().get("secret").asText()).status())
                .isEqualTo(200);
        assertThat(admin.get("/api/portal/api-keys").raw())
                .doesNotContain(created.json().get("secret").asText());
        assertThat(admin.get("/api/portal/api-keys/" + id).json().get("name").asText())
                .isEqualTo("Portal key");
        assertThat(operator.get("/api/admin/tenants/" + t.id() + "/api-keys/" + id)
                        .status())
                .isEqualTo(200);

        Api.Reply rotated = admin.post("/api/portal/api-keys/" + id + "/rotate", "");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        assertThat(rotated.json().at("/previous/status").asText()).isEqualTo("rotating");
        assertThat(ApiKeys.delete(admin, "/api/portal/api-keys/" + id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("revoked");
        assertThat(admin.get("/api/portal/api-keys").json().get("total").asLong())
                .isEqualTo(2);

        Api.Reply invited = admin.post("/api/portal/users", Map.of("email", "member@" + t.slug() + ".example"));
        assertThat(invited.status()).isEqualTo(201);
        Api member =
                Tenants.signIn(t.slug(), "member@" + t.slug() + ".example", Tenants.choosePassword(t.id(), invited));
        assertProblem(member.get("/api/portal/api-keys"), 403, "FORBIDDEN");
        assertProblem(member.post("/api/portal/api-keys", Map.of("name", "mine")), 403, "FORBIDDEN");
        assertProblem(member.get("/api/portal/api-keys/" + id), 403, "FORBIDDEN");
        assertProblem(ApiKeys.delete(member, "/api/portal/api-keys/" + id), 403, "FORBIDDEN");
        assertProblem(member.post("/api/portal/api-keys/" + id + "/rotate", ""), 403, "FORBIDDEN");
        assertProblem(Api.anonymous().get("/api/portal/api-keys"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(
                Api.withCookies().post("/api/portal/api-keys", Map.of("name", "x")), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @DisplayName("portal changes need the session's CSRF token")
    void csrf() {
        Tenants.Opened t = Tenants.open("kcsrf");
        Api admin = Tenants.signIn(t).header("X-CSRF-Token", "wrong");
        assertProblem(admin.post("/api/portal/api-keys", Map.of("name", "x")), 403, "CSRF_TOKEN_INVALID");
        assertThat(operator.get("/api/admin/tenants/" + t.id() + "/api-keys")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    @DisplayName("the list pages newest first with a total")
    void paging() {
        Tenants.Opened t = Tenants.open("kpage");
        List<String> ids = Stream.of("a", "b", "c")
                .map(n -> ApiKeys.create(t.id(), Map.of("name", n)).id())
                .toList();

        JsonNode page0 = operator.get("/api/admin/tenants/" + t.id() + "/api-keys?size=2&page=0")
                .json();
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page0.get("totalPages").asLong()).isEqualTo(2);
        assertThat(page0.get("items").findValuesAsText("id")).containsExactly(ids.get(2), ids.get(1));
        JsonNode page1 = operator.get("/api/admin/tenants/" + t.id() + "/api-keys?size=2&page=1")
                .json();
        assertThat(page1.get("items").findValuesAsText("id")).containsExactly(ids.get(0));
        assertProblem(operator.get("/api/admin/tenants/" + t.id() + "/api-keys?size=0"), 400, "VALIDATION_FAILED");
    }

    @Test
    @DisplayName("no caller reaches another tenant's key: 404 for tenant admins and for operators on the wrong tenant")
    void crossTenant() {
        Tenants.Opened a = Tenants.open("ka");
        Tenants.Opened b = Tenants.open("kb");
        ApiKeys.Created ofB = ApiKeys.create(b.id());
        Api adminA = Tenants.signIn(a);

        assertProblem(ApiKeys.delete(adminA, "/api/portal/api-keys/" + ofB.id()), 404, "API_KEY_NOT_FOUND");
        assertProblem(adminA.get("/api/portal/api-keys/" + ofB.id()), 404, "API_KEY_NOT_FOUND");
        assertProblem(adminA.post("/api/portal/api-keys/" + ofB.id() + "/rotate", ""), 404, "API_KEY_NOT_FOUND");
        assertThat(adminA.get("/api/portal/api-keys").json().get("total").asLong())
                .isZero();
        String wrongTenant = "/api/admin/tenants/" + a.id() + "/api-keys/" + ofB.id();
        assertProblem(ApiKeys.delete(operator, wrongTenant), 404, "API_KEY_NOT_FOUND");
        assertProblem(operator.get(wrongTenant), 404, "API_KEY_NOT_FOUND");
        assertProblem(operator.post(wrongTenant + "/rotate", ""), 404, "API_KEY_NOT_FOUND");
        assertProblem(operator.get("/api/admin/tenants/no-such-tenant/api-keys"), 404, "TENANT_NOT_FOUND");
        assertProblem(
                operator.post("/api/admin/tenants/no-such-tenant/api-keys", Map.of("name", "x")),
                404,
                "TENANT_NOT_FOUND");

        assertThat(ApiKeys.models(ofB.secret()).status())
                .as("B's key still works")
                .isEqualTo(200);
        assertThat(operator.get("/api/admin/tenants/" + b.id() + "/api-keys/" + ofB.id())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("active");
    }

    static Stream<Arguments> badCreations() {
        return Stream.of(
                Arguments.of("empty name", "{\"name\":\"\"}", "VALIDATION_FAILED", "name"),
                Arguments.of("missing name", "{}", "VALIDATION_FAILED", "name"),
                Arguments.of("81-character name", "{\"name\":\"" + "n".repeat(81) + "\"}", "VALIDATION_FAILED", "name"),
                Arguments.of("number for name", "{\"name\":42}", "INVALID_REQUEST", null),
                Arguments.of(
                        "allowedModels not a list",
                        "{\"name\":\"k\",\"allowedModels\":\"gpt-4o\"}",
                        "INVALID_REQUEST",
                        null),
                Arguments.of(
                        "numbers in allowedModels",
                        "{\"name\":\"k\",\"allowedModels\":[1,2]}",
                        "INVALID_REQUEST",
                        null),
                Arguments.of(
                        "comma in a model id",
                        "{\"name\":\"k\",\"allowedModels\":[\"a,b\"]}",
                        "VALIDATION_FAILED",
                        "allowedModels[0]"),
                Arguments.of(
                        "blank model id",
                        "{\"name\":\"k\",\"allowedModels\":[\"ok\",\" \"]}",
                        "VALIDATION_FAILED",
                        "allowedModels[1]"),
                Arguments.of(
                        "malformed expiresAt", "{\"name\":\"k\",\"expiresAt\":\"tomorrow\"}", "INVALID_REQUEST", null),
                Arguments.of(
                        "expiresAt in the past",
                        "{\"name\":\"k\",\"expiresAt\":\"" + Instant.now().minusSeconds(60) + "\"}",
                        "VALIDATION_FAILED",
                        "expiresAt"),
                Arguments.of("not JSON", "{\"name\":", "INVALID_REQUEST", null),
                Arguments.of("empty body", "", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCreations")
    @DisplayName("bad input on key creation is a 400 problem naming the field, and creates nothing")
    void badCreation(String label, String body, String code, String field) {
        Tenants.Opened t = Tenants.open("kbad");
        for (Api.Reply reply : List.of(
                operator.post("/api/admin/tenants/" + t.id() + "/api-keys", body),
                Tenants.signIn(t).post("/api/portal/api-keys", body))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            String actual = reply.json().get("code").asText();
            assertThat(actual)
                    .as(reply.toString())
                    .isIn(code == null ? List.of("VALIDATION_FAILED", "INVALID_REQUEST") : List.of(code));
            assertProblem(reply, 400, actual);
            assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("\tat ");
            if (field != null) {
                assertThat(reply.json().get("violations").findValuesAsText("field"))
                        .contains(field);
            }
        }
        assertThat(operator.get("/api/admin/tenants/" + t.id() + "/api-keys")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }
}
