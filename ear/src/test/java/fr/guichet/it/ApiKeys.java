package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Map;

/** Creates client API keys through the admin API, and calls /v1 with them. */
final class ApiKeys {

    private ApiKeys() {}

    /** A key just created: its id and its secret (shown once). */
    record Created(String id, String secret, JsonNode body) {}

    static Created create(String tenantId, Map<String, ?> request) {
        Api.Reply reply = Api.operator().post("/api/admin/tenants/" + tenantId + "/api-keys", request);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Created(
                reply.json().at("/key/id").asText(), reply.json().get("secret").asText(), reply.json());
    }

    static Created create(String tenantId) {
        return create(tenantId, Map.of("name", "key " + Api.unique("k")));
    }

    /** {@code GET /v1/models} with {@code Authorization: Bearer <key>}. */
    static Api.Reply models(String key) {
        return Api.anonymous().header("Authorization", "Bearer " + key).get("/v1/models");
    }

    static Api.Reply delete(Api api, String path) {
        return api.send(HttpRequest.newBuilder(Api.uri(path)), "DELETE", null, null);
    }

    /** Asserts OpenAI's error body: {"error": {"message", "type", "param": null, "code"}}. */
    static void assertOpenAiError(Api.Reply reply, int status, String type, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode error = reply.json().get("error");
        assertThat(error).as(reply.toString()).isNotNull();
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("type").asText()).isEqualTo(type);
        assertThat(error.has("param")).as("param is present, as null").isTrue();
        assertThat(error.get("param").isNull()).isTrue();
        assertThat(error.has("code")).as("code is present").isTrue();
        if (code == null) {
            assertThat(error.get("code").isNull()).isTrue();
        } else {
            assertThat(error.get("code").asText()).isEqualTo(code);
        }
    }
}
