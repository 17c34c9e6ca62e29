package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static fr.guichet.it.ApiKeys.assertOpenAiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Authentication of /v1 by client API keys, end to end, with OpenAI's error bodies. */
class ApiKeyAuthIT {

    private final Api operator = Api.operator();

    @Test
    @DisplayName("a valid key gets GET /v1/models in OpenAI's list shape, and its use is recorded")
    void validKey() {
        Tenants.Opened t = Tenants.open("auth");
        ApiKeys.Created key = ApiKeys.create(t.id());

        Api.Reply models = ApiKeys.models(key.secret());
        assertThat(models.status()).as(models.toString()).isEqualTo(200);
        assertThat(models.json().get("object").asText()).isEqualTo("list");
        assertThat(models.json().get("data").isArray()).isTrue();
        assertThat(Api.anonymous()
                        .header("Authorization", "bearer  " + key.secret())
                        .get("/v1/models")
                        .status())
                .as("the scheme is case-insensitive")
                .isEqualTo(200);
        JsonNode read = operator.get("/api/admin/tenants/" + t.id() + "/api-keys/" + key.id())
                .json();
        assertThat(Instant.parse(read.get("lastUsedAt").asText()))
                .isAfter(Instant.now().minusSeconds(120));
    }

    @Test
    @DisplayName("no Authorization, another scheme or an empty Bearer: 401 like OpenAI's missing key (code null)")
    void missingKey() {
        Api.Reply none = Api.anonymous().get("/v1/models");
        assertOpenAiError(none, 401, "invalid_request_error", null);
        assertThat(none.json().at("/error/message").asText()).startsWith("You didn't provide an API key");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertOpenAiError(
                Api.anonymous().header("Authorization", "Basic dXNlcjpwYXNz").get("/v1/models"),
                401,
                "invalid_request_error",
                null);
        assertOpenAiError(
                Api.anonymous().header("Authorization", "Bearer ").get("/v1/models"),
                401,
                "invalid_request_error",
                null);
    }

    @Test
    @DisplayName("a malformed or unknown key: 401 invalid_api_key, showing only the ends of the key")
    void invalidKey() {
        String unknown = "gk_live_" + "Q".repeat(36) + "zzzz";
        Api.Reply reply = ApiKeys.models(unknown);
        assertOpenAiError(reply, 401, "invalid_request_error", "invalid_api_key");
        assertThat(reply.json().at("/error/message").asText())
                .contains("gk_live_QQQQ…zzzz")
                .doesNotContain(unknown);
        assertOpenAiError(
                ApiKeys.models("sk-proj-not-a-guichet-key-at-all"), 401, "invalid_request_error", "invalid_api_key");
        assertOpenAiError(ApiKeys.models("gk_live_short"), 401, "invalid_request_error", "invalid_api_key");
        assertOpenAiError(ApiKeys.models("gk_live_" + "é".repeat(40)), 401, "invalid_request_error", "invalid_api_key");
    }

    @Test
    @DisplayName("a revoked key gets 401 invalid_api_key on the very next call, even right after a successful one")
    void revoked() {
        Tenants.Opened t = Tenants.open("rev");
        ApiKeys.Created key = ApiKeys.create(t.id());
        assertThat(ApiKeys.models(key.secret()).status()).isEqualTo(200);

        Api.Reply revoked = ApiKeys.delete(operator, "/api/admin/tenants/" + t.id() + "/api-keys/" + key.id());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("revoked");

        assertOpenAiError(ApiKeys.models(key.secret()), 401, "invalid_request_error", "invalid_api_key");
        assertThat(ApiKeys.delete(operator, "/api/admin/tenants/" + t.id() + "/api-keys/" + key.id())
                        .status())
                .as("revoking again is harmless")
                .isEqualTo(200);
        assertProblem(
                operator.post("/api/admin/tenants/" + t.id() + "/api-keys/" + key.id() + "/rotate", ""),
                409,
                "API_KEY_NOT_ACTIVE");
    }

    @Test
    @DisplayName("after a rotation the old and the new key both work during the grace (24 h); only active keys rotate")
    void rotation() {
        Tenants.Opened t = Tenants.open("rot");
        ApiKeys.Created old =
                ApiKeys.create(t.id(), Map.of("name", "rotated", "allowedModels", java.util.List.of("m1")));
        assertThat(ApiKeys.models(old.secret()).status()).isEqualTo(200);

        Api.Reply rotated = operator.post("/api/admin/tenants/" + t.id() + "/api-keys/" + old.id() + "/rotate", "");

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        String fresh = rotated.json().get("secret").asText();
        assertThat(fresh).startsWith("gk_live_").isNotEqualTo(old.secret());
        assertThat(rotated.json().at("/key/name").asText()).isEqualTo("rotated");
        assertThat(rotated.json().at("/key/allowedModels/0").asText()).isEqualTo("m1");
        assertThat(rotated.json().at("/previous/status").asText()).isEqualTo("rotating");
        assertThat(rotated.json().at("/previous/rotatedTo").asText())
                .isEqualTo(rotated.json().at("/key/id").asText());
        Duration grace = Duration.between(
                Instant.now(),
                Instant.parse(rotated.json().at("/previous/graceUntil").asText()));
        assertThat(grace).isBetween(Duration.ofHours(23), Duration.ofHours(24).plusMinutes(1));
        assertThat(ApiKeys.models(old.secret()).status()).isEqualTo(200);
        assertThat(ApiKeys.models(fresh).status()).isEqualTo(200);
        assertProblem(
                operator.post("/api/admin/tenants/" + t.id() + "/api-keys/" + old.id() + "/rotate", ""),
                409,
                "API_KEY_NOT_ACTIVE");
        assertThat(operator.get("/api/admin/tenants/" + t.id() + "/api-keys")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("a key past its expiry gets 401 invalid_api_key")
    void expiry() {
        Tenants.Opened t = Tenants.open("exp");
        ApiKeys.Created key = ApiKeys.create(
                t.id(),
                Map.of(
                        "name",
                        "short-lived",
                        "expiresAt",
                        Instant.now().plusSeconds(3).toString()));
        assertThat(ApiKeys.models(key.secret()).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ApiKeys.models(key.secret()).status() == 401);
        assertOpenAiError(ApiKeys.models(key.secret()), 401, "invalid_request_error", "invalid_api_key");
        assertThat(operator.get("/api/admin/tenants/" + t.id() + "/api-keys/" + key.id())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("expired");
    }

    @Test
    @DisplayName("a suspended or cancelled tenant's keys get 403 account_suspended; reactivated, they work again")
    void suspendedTenant() {
        Tenants.Opened t = Tenants.open("susp");
        ApiKeys.Created key = ApiKeys.create(t.id());
        assertThat(ApiKeys.models(key.secret()).status()).isEqualTo(200);
        String tenant = "/api/admin/tenants/" + t.id();

        for (String status : java.util.List.of("suspended", "cancelled")) {
            assertThat(operator.patch(tenant, Map.of("status", status, "statusReason", "test: " + status))
                            .status())
                    .isEqualTo(200);
            // Each server remembers a tenant's status for at most guichet.access.tenant-status-cache-ttl (5 s).
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ApiKeys.models(key.secret()).status() == 403);
            assertOpenAiError(ApiKeys.models(key.secret()), 403, "invalid_request_error", "account_suspended");
            assertOpenAiError(
                    ApiKeys.models(ApiKeys.create(t.id()).secret()), 403, "invalid_request_error", "account_suspended");
            assertThat(operator.patch(tenant, Map.of("status", "active")).status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ApiKeys.models(key.secret()).status() == 200);
        }
    }
}
