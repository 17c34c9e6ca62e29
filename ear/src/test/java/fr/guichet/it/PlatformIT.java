package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI and the /v1 error shape. */
class PlatformIT {

    @Test
    @DisplayName("/health/ready is UP once the schema is migrated and the database answers; /health/live is UP")
    void health() {
        Api.Reply ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.json().at("/checks/0/data/schema").asText()).isEqualTo("migrated");
        assertThat(Api.anonymous().get("/health/live").json().get("status").asText())
                .isEqualTo("UP");
    }

    @Test
    @DisplayName("/openapi documents every operation with its request and response records; the UI is served")
    void openApi() {
        // The document is built from the application after start-up: wait until it lists the API.
        JsonNode spec = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> Api.anonymous().get("/openapi?format=JSON").json(),
                        s -> s.path("paths").has("/api/admin/tenants"));
        JsonNode paths = spec.get("paths");
        assertThat(paths.has("/api/admin/tenants")).isTrue();
        assertThat(paths.has("/api/admin/tenants/{id}")).isTrue();
        assertThat(paths.has("/api/portal/login")).isTrue();
        assertThat(paths.has("/api/portal/users/{id}")).isTrue();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().isObject() && op.getValue().has("responses")) {
                        assertThat(op.getValue().hasNonNull("summary"))
                                .as(path.getKey() + " " + op.getKey())
                                .isTrue();
                    }
                }));
        assertThat(paths.at("/~1api~1admin~1tenants/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .endsWith("CreateTenantRequest");
        assertThat(spec.at("/components/schemas").has("Problem")).isTrue();
        assertThat(spec.at("/components/securitySchemes").has("operatorBasic")).isTrue();
        assertThat(Api.anonymous().get("/openapi/ui/").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("/v1 answers unknown paths in OpenAI's error shape")
    void openAiShape() {
        Api.Reply reply = Api.anonymous().get("/v1/no-such-endpoint");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(reply.json().at("/error/message").asText()).isNotBlank();
    }
}
