package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static fr.guichet.it.Providers.delete;
import static fr.guichet.it.Providers.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Provider registry and provider keys (global, tenant, personal), end to end: masking, roles, isolation. */
class ProvidersIT {

    private final Api operator = Api.operator();

    @Test
    @DisplayName("an operator registers a provider and sets its global key, which every answer shows masked only")
    void globalKey() {
        String name = Api.unique("Acme LLM");
        Api.Reply created = operator.post(
                "/api/admin/providers",
                Map.of(
                        "kind",
                        "anthropic",
                        "name",
                        name,
                        "baseUrl",
                        "https://llm.acme.test/",
                        "defaultModels",
                        List.of("m-1", "m-2")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/admin/providers/" + id);
        assertThat(created.json().get("kind").asText()).isEqualTo("ANTHROPIC");
        assertThat(created.json().get("baseUrl").asText()).isEqualTo("https://llm.acme.test");
        assertThat(created.json().has("globalKey")).isFalse();

        String secret = Providers.secret("ant");
        Api.Reply set = put(operator, "/api/admin/providers/" + id + "/key", Map.of("apiKey", secret));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("hint").asText()).isEqualTo(secret.substring(0, 5) + "…ZZ");
        assertThat(set.json().get("masterKeyId").asText()).isEqualTo("k1");
        Api.Reply read = operator.get("/api/admin/providers/" + id);
        Api.Reply list = operator.get("/api/admin/providers?size=100");
        for (Api.Reply r : List.of(set, read, list)) {
            assertThat(r.raw()).doesNotContain(secret).doesNotContain(secret.substring(5, 20));
        }
        assertThat(read.json().at("/globalKey/hint").asText()).isEqualTo(secret.substring(0, 5) + "…ZZ");
        JsonNode listed = find(list.json().get("items"), id);
        assertThat(listed.at("/globalKey/hint").asText()).isEqualTo(secret.substring(0, 5) + "…ZZ");

        Api.Reply changed =
                operator.patch("/api/admin/providers/" + id, Map.of("enabled", false, "defaultModels", List.of("m-3")));
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        assertThat(changed.json().get("defaultModels")).hasSize(1);

        assertThat(delete(operator, "/api/admin/providers/" + id + "/key").status())
                .isEqualTo(204);
        assertThat(operator.get("/api/admin/providers/" + id).json().has("globalKey"))
                .isFalse();
        assertProblem(delete(operator, "/api/admin/providers/" + id + "/key"), 404, "PROVIDER_KEY_NOT_FOUND");
        assertProblem(operator.get("/api/admin/providers/no-such-id"), 404, "PROVIDER_NOT_FOUND");
        assertProblem(
                put(operator, "/api/admin/providers/no-such-id/key", Map.of("apiKey", secret)),
                404,
                "PROVIDER_NOT_FOUND");
    }

    @Test
    @DisplayName("a tenant admin sets the tenant's key, a member their own; a member cannot set the tenant's key")
    void tenantAndPersonalKeys() {
        String provider = Providers.register("keys");
        Tenants.Opened t = Tenants.open("pkeys");
        Api admin = Tenants.signIn(t);
        String tenantSecret = Providers.secret("tenant");
        Api.Reply tenantKey =
                put(admin, "/api/portal/provider-keys/" + provider, Map.of("apiKey", tenantSecret, "scope", "TENANT"));
        assertThat(tenantKey.status()).as(tenantKey.toString()).isEqualTo(200);
        assertThat(tenantKey.json().get("scope").asText()).isEqualTo("TENANT");
        assertThat(tenantKey.raw()).doesNotContain(tenantSecret);

        Api member = member(t, admin);
        String personalSecret = Providers.secret("mine");
        Api.Reply personal = put(member, "/api/portal/provider-keys/" + provider, Map.of("apiKey", personalSecret));
        assertThat(personal.status()).as(personal.toString()).isEqualTo(200);
        assertThat(personal.json().get("scope").asText()).isEqualTo("PERSONAL");
        assertProblem(
                put(
                        member,
                        "/api/portal/provider-keys/" + provider,
                        Map.of("apiKey", personalSecret, "scope", "TENANT")),
                403,
                "FORBIDDEN");
        assertProblem(delete(member, "/api/portal/provider-keys/" + provider + "?scope=TENANT"), 403, "FORBIDDEN");
        assertProblem(
                put(
                        admin,
                        "/api/portal/provider-keys/" + provider,
                        Map.of("apiKey", personalSecret, "scope", "GLOBAL")),
                403,
                "FORBIDDEN");

        Api.Reply seenByMember = member.get("/api/portal/provider-keys");
        assertThat(seenByMember.json())
                .extracting(k -> k.get("scope").asText())
                .containsExactlyInAnyOrder("TENANT", "PERSONAL");
        assertThat(seenByMember.raw()).doesNotContain(tenantSecret).doesNotContain(personalSecret);
        assertThat(seenByMember.json().get(0).get("hint").asText()).contains("…");
        Api.Reply seenByAdmin = admin.get("/api/portal/provider-keys");
        assertThat(seenByAdmin.json()).extracting(k -> k.get("scope").asText()).containsExactly("TENANT");

        assertThat(delete(member, "/api/portal/provider-keys/" + provider).status())
                .isEqualTo(204);
        assertProblem(delete(member, "/api/portal/provider-keys/" + provider), 404, "PROVIDER_KEY_NOT_FOUND");
        assertThat(member.get("/api/portal/provider-keys").json()).hasSize(1);
    }

    @Test
    @DisplayName("tenant B neither sees nor deletes tenant A's keys")
    void tenantIsolation() {
        String provider = Providers.register("iso");
        Tenants.Opened a = Tenants.open("pk-a");
        Tenants.Opened b = Tenants.open("pk-b");
        Api adminA = Tenants.signIn(a);
        Api adminB = Tenants.signIn(b);
        String secretA = Providers.secret("a");
        assertThat(put(adminA, "/api/portal/provider-keys/" + provider, Map.of("apiKey", secretA, "scope", "TENANT"))
                        .status())
                .isEqualTo(200);
        assertThat(put(adminA, "/api/portal/provider-keys/" + provider, Map.of("apiKey", secretA))
                        .status())
                .isEqualTo(200);

        assertThat(adminB.get("/api/portal/provider-keys").json()).isEmpty();
        assertProblem(
                delete(adminB, "/api/portal/provider-keys/" + provider + "?scope=TENANT"),
                404,
                "PROVIDER_KEY_NOT_FOUND");
        assertProblem(delete(adminB, "/api/portal/provider-keys/" + provider), 404, "PROVIDER_KEY_NOT_FOUND");
        assertThat(adminA.get("/api/portal/provider-keys").json()).hasSize(2);
    }

    @Test
    @DisplayName("the admin provider API refuses portal sessions (403) and anonymous callers (401)")
    void operatorsOnly() {
        Tenants.Opened t = Tenants.open("pk-op");
        Api admin = Tenants.signIn(t);
        Map<String, Object> body = Map.of("kind", "OLLAMA", "name", Api.unique("x"), "baseUrl", "http://h:1");
        assertProblem(admin.get("/api/admin/providers"), 403, "FORBIDDEN");
        assertProblem(admin.post("/api/admin/providers", body), 403, "FORBIDDEN");
        assertProblem(
                put(admin, "/api/admin/providers/" + Providers.SEEDED_OPENAI + "/key", Map.of("apiKey", "sk-x")),
                403,
                "FORBIDDEN");
        assertProblem(admin.get("/api/admin/models"), 403, "FORBIDDEN");
        assertProblem(Api.anonymous().get("/api/admin/providers"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(
                delete(Api.anonymous(), "/api/admin/providers/" + Providers.SEEDED_OPENAI + "/key"),
                401,
                "AUTHENTICATION_REQUIRED");
        assertProblem(Api.anonymous().get("/api/portal/provider-keys"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(Api.anonymous().get("/api/portal/providers"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @DisplayName("portal users list the enabled providers by id, name and kind, without URLs or keys")
    void portalProviders() {
        Api admin = Tenants.signIn(Tenants.open("pk-list"));
        JsonNode providers = admin.get("/api/portal/providers").json();
        JsonNode openai = find(providers, Providers.SEEDED_OPENAI);
        assertThat(openai.get("name").asText()).isEqualTo("OpenAI");
        assertThat(openai.get("kind").asText()).isEqualTo("OPENAI_COMPATIBLE");
        assertThat(openai.has("baseUrl")).isFalse();
        assertThat(openai.has("globalKey")).isFalse();
        assertThat(providers).allMatch(p -> p.get("enabled").asBoolean());
    }

    @Test
    @DisplayName("bad provider input is a 400 problem naming the field; a taken name is a 409")
    void badInput() {
        String name = Api.unique("Dup");
        Map<String, Object> ok = Map.of("kind", "GEMINI", "name", name, "baseUrl", "https://g.example.test");
        assertThat(operator.post("/api/admin/providers", ok).status()).isEqualTo(201);
        assertProblem(
                operator.post(
                        "/api/admin/providers",
                        Map.of("kind", "GEMINI", "name", name.toUpperCase(), "baseUrl", "https://g.example.test")),
                409,
                "PROVIDER_NAME_TAKEN");
        assertField(
                operator.post(
                        "/api/admin/providers",
                        Map.of("kind", "SKYNET", "name", Api.unique("k"), "baseUrl", "https://g.example.test")),
                "kind");
        for (String url : List.of("g.example.test", "ftp://g.example.test", "https://u:p@g.example.test", "http://")) {
            assertField(
                    operator.post(
                            "/api/admin/providers", Map.of("kind", "OLLAMA", "name", Api.unique("u"), "baseUrl", url)),
                    "baseUrl");
        }
        assertField(
                operator.post(
                        "/api/admin/providers",
                        Map.of(
                                "kind",
                                "OLLAMA",
                                "name",
                                Api.unique("m"),
                                "baseUrl",
                                "http://h:1",
                                "defaultModels",
                                List.of("bad model"))),
                "defaultModels[0]");
        assertProblem(
                operator.post("/api/admin/providers", "{\"kind\":1,\"name\":\"n\",\"baseUrl\":\"http://h\"}"),
                400,
                "INVALID_REQUEST");
        String provider = Providers.register("badkey");
        assertField(put(operator, "/api/admin/providers/" + provider + "/key", Map.of("apiKey", " ")), "apiKey");
        assertField(
                put(operator, "/api/admin/providers/" + provider + "/key", Map.of("apiKey", "sk has spaces")),
                "apiKey");
        Api admin = Tenants.signIn(Tenants.open("pk-bad"));
        assertField(
                put(
                        admin,
                        "/api/portal/provider-keys/" + provider,
                        Map.of("apiKey", "sk-1234567890", "scope", "EVERYONE")),
                "scope");
    }

    static void assertField(Api.Reply reply, String field) {
        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.json().get("violations"))
                .extracting(v -> v.get("field").asText())
                .contains(field);
    }

    static JsonNode find(JsonNode items, String id) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(n -> n.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No item " + id + " in " + items));
    }

    private static Api member(Tenants.Opened t, Api admin) {
        String email = "member@" + t.slug() + ".example";
        Api.Reply invited = admin.post("/api/portal/users", Map.of("email", email, "role", "MEMBER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        return Tenants.signIn(t.slug(), email, Tenants.choosePassword(t.id(), invited));
    }
}
