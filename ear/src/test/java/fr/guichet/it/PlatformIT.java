package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Locale;
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
    @DisplayName("/openapi documents every operation of /api and /v1 with its request and response records; the UI is "
            + "served")
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
        // The shared error answers are filled in by the server's OASFilter (app.OpenApiErrorResponses).
        JsonNode readTenant = paths.at("/~1api~1admin~1tenants~1{id}/get/responses");
        assertThat(readTenant
                        .at("/404/content/application~1problem+json/schema/$ref")
                        .asText())
                .endsWith("/Problem");
        assertThat(readTenant.has("401")).as("401 of the operator scheme").isTrue();
        assertThat(readTenant.has("403")).as("403 of the operator scheme").isTrue();
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
        assertThat(spec.at("/info/title").asText()).isEqualTo("Guichet API");
        assertThat(spec.at("/components/schemas/Problem/properties/violations/items/$ref")
                        .asText())
                .as("violations are objects with a field and a message, not strings")
                .endsWith("/Violation");
        assertThat(spec.at("/components/schemas/Violation/properties").has("field"))
                .isTrue();
        JsonNode badTenant = paths.at("/~1api~1admin~1tenants/post/responses/400/content/application~1problem+json");
        assertThat(badTenant.at("/example/status").asInt())
                .as("a 400's example is a 400")
                .isEqualTo(400);
        assertThat(badTenant.at("/example/violations/0/field").asText()).isNotBlank();
        assertThat(spec.at("/components/securitySchemes").has("operatorBasic")).isTrue();
        Api.Reply ui = Api.anonymous().get("/openapi/ui/");
        assertThat(ui.status()).isEqualTo(200);
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"([^\"]+\\.css)\"")
                .matcher(ui.response().body());
        StringBuilder styles = new StringBuilder();
        while (css.find()) {
            styles.append(Api.anonymous()
                    .get("/openapi/ui/" + css.group(1).replaceFirst("^\\./", ""))
                    .response()
                    .body());
        }
        assertThat(styles.toString())
                .as("the UI's header bar is Guichet's (liberty/config/mpopenapi/customization.css)")
                .contains("#1e293b");

        // The same document holds /v1, in OpenAI's shapes, with its bearer key.
        assertThat(paths.has("/v1/chat/completions")).isTrue();
        assertThat(paths.has("/v1/models")).isTrue();
        assertThat(paths.has("/v1/models/{model}")).isTrue();
        assertThat(paths.has("/api/v1/chat/completions"))
                .as("no path misplaced")
                .isFalse();
        JsonNode chat = paths.at("/~1v1~1chat~1completions/post");
        assertThat(chat.at("/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("OpenAiChatCompletionRequest");
        assertThat(chat.at("/responses/200/content").has("text/event-stream")).isTrue();
        assertThat(chat.at("/responses/429/$ref").asText()).endsWith("OpenAiTooMany");
        assertThat(chat.at("/security/0").has("apiKey")).isTrue();
        assertThat(spec.at("/components/schemas/OpenAiError/properties/error/required")
                        .toString())
                .contains("message")
                .contains("type");
        assertThat(spec.at("/components/securitySchemes/apiKey/scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    @DisplayName("/ says where to go, and an unknown address is a page in words (French or English), never Liberty's"
            + " page naming its classes; /api keeps its problem details")
    void sitePages() {
        Api.Reply home = Api.anonymous().header("Accept-Language", "en").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.raw())
                .contains("href=\"/admin/\"")
                .contains("Operator console")
                .contains("/portal/");
        Api.Reply missing =
                Api.anonymous().header("Accept-Language", "fr-FR,fr;q=0.9").get("/no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.raw())
                .contains("Page introuvable")
                .contains("Console de l'opérateur")
                .doesNotContain("SRVE")
                .doesNotContain("com.ibm")
                .doesNotContain("Exception");
        assertThat(Api.anonymous()
                        .header("Accept-Language", "en")
                        .get("/portal-pages/nothing.js")
                        .raw())
                .contains("Page not found");
        Api.Reply api = Api.operator().get("/api/admin/no-such-thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("/v1 answers unknown paths in OpenAI's error shape")
    void openAiShape() {
        Api.Reply reply = Api.anonymous().get("/v1/no-such-endpoint");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(reply.json().at("/error/message").asText()).isNotBlank();
    }

    @Test
    @DisplayName("a malformed percent escape in the address is a 400 in the caller's format, with no stack trace")
    void malformedEscapes() throws Exception {
        for (String path :
                new String[] {"/api/admin/tenants?x=%zz", "/api/portal/login?x=%", "/api/admin/tenants?q=%C3"}) {
            assertThat(refusedAsProblem(path, "percent escape").get("status").asInt())
                    .isEqualTo(400);
        }
        refusedInOpenAiShape("/v1/models?x=%zz", "percent escape");
        refusedAsPage("/activate/?x=%zz", "Bad request. The query string holds a malformed percent escape");
    }

    @Test
    @DisplayName("an address the web container refuses (an encoded '/', '\\' or '..') is a 400 in the caller's "
            + "format, naming no internal class")
    void containerRejected() throws Exception {
        for (String path : new String[] {
            "/api/admin/tenants/a%2Fb", "/api/admin/tenants/a%5Cb", "/api/admin/tenants/%2e%2e", "/api/portal/x%2F"
        }) {
            assertThat(refusedAsProblem(path, "encoded character")
                            .get("instance")
                            .asText())
                    .isEqualTo(path);
        }
        refusedInOpenAiShape("/v1/models/a%2Fb", "encoded character");
        refusedAsPage("/activate/a%2Fb", "Bad request. The address holds an encoded character");
    }

    /** The 400 problem answered to {@code path} on /api, its detail holding {@code words}; no internals. */
    private static JsonNode refusedAsProblem(String path, String words) throws Exception {
        RawHttp.Answer answer = RawHttp.getFrom("127.0.0.1", path, "gk_live_whatever");
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
        assertThat(answer.headers().toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertThat(problem.get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(problem.get("detail").asText()).contains(words);
        assertThat(answer.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("com.ibm");
        return problem;
    }

    /** The 400 answered to {@code path} on /v1 in OpenAI's error shape, its message holding {@code words}. */
    private static void refusedInOpenAiShape(String path, String words) throws Exception {
        RawHttp.Answer v1 = RawHttp.getFrom("127.0.0.1", path, "gk_live_whatever");
        assertThat(v1.status()).as(v1.body()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(v1.body()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asText()).contains(words);
        assertThat(error.has("code")).isTrue();
    }

    /** The 400 answered to {@code path} on a page: a sentence starting with {@code start}. */
    private static void refusedAsPage(String path, String start) {
        RawHttp.Answer page = RawHttp.getFrom("127.0.0.1", path, "none");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.headers().toLowerCase(Locale.ROOT)).contains("content-type: text/plain");
        assertThat(page.body()).startsWith(start);
    }

    @Test
    @DisplayName("a 100 KB query string is a 414 and 40 KB of headers a 431, in the caller's format")
    void tooLong() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String query = "?q=" + "a".repeat(100_000);
        RawHttp.Answer api = RawHttp.getFrom("127.0.0.1", "/api/admin/tenants" + query, "gk_live_whatever");
        assertThat(api.status()).as(api.body()).isEqualTo(414);
        assertThat(api.headers().toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        assertThat(json.readTree(api.body()).get("detail").asText())
                .isEqualTo("The address is 100021 characters long, more than 16384; send long values in the "
                        + "request body");
        RawHttp.Answer v1 = RawHttp.getFrom("127.0.0.1", "/v1/models" + query, "gk_live_whatever");
        assertThat(v1.status()).as(v1.body()).isEqualTo(414);
        assertThat(json.readTree(v1.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
        RawHttp.Answer header = RawHttp.getFromWith("127.0.0.1", "/api/admin/tenants", "Bearer " + "b".repeat(40_000));
        assertThat(header.status()).as(header.body()).isEqualTo(431);
        assertThat(json.readTree(header.body()).get("detail").asText()).contains("headers hold");
    }

    @Test
    @DisplayName("a query string with '|' or braces as browsers send them is read as sent; its errors are answered too")
    void looseQuery() throws Exception {
        String basic = Api.basicHeader(Api.OPERATOR_EMAIL, Api.OPERATOR_PASSWORD);
        RawHttp.Answer search = RawHttp.getFromWith("127.0.0.1", "/api/admin/tenants?q=a|b{c}", basic);
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        RawHttp.Answer bad = RawHttp.getFromWith("127.0.0.1", "/api/admin/tenants?q=x|y&page=-1", basic);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(bad.body()).get("code").asText()).isEqualTo("VALIDATION_FAILED");
    }
}
