package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The operators' tenant API, end to end against the started server. */
class AdminTenantsIT {

    private final Api operator = Api.operator();

    @Test
    @DisplayName("opening a tenant answers 201 with its location, a 30-day trial and its admin's password, once")
    void openTenant() {
        String slug = Api.unique("open");
        Api.Reply reply = operator.post(
                "/api/admin/tenants",
                Map.of(
                        "name",
                        "ACME " + slug,
                        "slug",
                        slug,
                        "contactEmail",
                        "IT@" + slug + ".example",
                        "timeZone",
                        "America/New_York"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode tenant = reply.json().get("tenant");
        assertThat(reply.header("Location"))
                .endsWith("/api/admin/tenants/" + tenant.get("id").asText());
        assertThat(tenant.get("slug").asText()).isEqualTo(slug);
        assertThat(tenant.get("status").asText()).isEqualTo("trial");
        assertThat(tenant.get("contactEmail").asText()).isEqualTo("it@" + slug + ".example");
        assertThat(tenant.get("timeZone").asText()).isEqualTo("America/New_York");
        Duration trial = Duration.between(
                Instant.parse(tenant.get("createdAt").asText()),
                Instant.parse(tenant.get("trialEndsAt").asText()));
        assertThat(trial).isEqualTo(Duration.ofDays(30));
        assertThat(reply.json().at("/admin/role").asText()).isEqualTo("TENANT_ADMIN");
        assertThat(reply.json().at("/admin/email").asText()).isEqualTo("it@" + slug + ".example");
        assertThat(reply.json().at("/setPasswordLink/url").asText())
                .startsWith(Api.BASE + "/portal/" + slug + "/password?lang=fr#token=");
        assertThat(reply.raw()).doesNotContain("initialPassword");

        Api.Reply read = operator.get("/api/admin/tenants/" + tenant.get("id").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw()).doesNotContain("initialPassword").doesNotContain("password");
        assertThat(read.json().get("name").asText()).isEqualTo("ACME " + slug);
    }

    @Test
    @DisplayName("a slug already in use is a 409 problem")
    void duplicateSlug() {
        Tenants.Opened first = Tenants.open("dup");
        Api.Reply again = operator.post(
                "/api/admin/tenants", Map.of("name", "Other", "slug", first.slug(), "contactEmail", "x@other.example"));
        assertProblem(again, 409, "SLUG_TAKEN");
        assertThat(again.json().get("detail").asText()).contains(first.slug());
    }

    @Test
    @DisplayName("the list pages newest first, with a total, and filters by status and by text")
    void listFilterAndPage() {
        String marker = Api.unique("lst");
        List<String> ids = Stream.of("a", "b", "c")
                .map(s -> {
                    Api.Reply r = operator.post(
                            "/api/admin/tenants",
                            Map.of(
                                    "name",
                                    "List " + marker + " " + s,
                                    "slug",
                                    marker + "-" + s,
                                    "contactEmail",
                                    "c@" + marker + ".example"));
                    assertThat(r.status()).isEqualTo(201);
                    return r.json().at("/tenant/id").asText();
                })
                .toList();
        operator.patch("/api/admin/tenants/" + ids.get(1), Map.of("status", "active"));

        JsonNode page0 = operator.get("/api/admin/tenants?q=" + marker + "&size=2&page=0")
                .json();
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page0.get("totalPages").asLong()).isEqualTo(2);
        assertThat(page0.get("items")).hasSize(2);
        assertThat(page0.get("items").get(0).get("id").asText()).isEqualTo(ids.get(2));
        JsonNode page1 = operator.get("/api/admin/tenants?q=" + marker + "&size=2&page=1")
                .json();
        assertThat(page1.get("items")).hasSize(1);
        assertThat(page1.get("items").get(0).get("id").asText()).isEqualTo(ids.get(0));

        JsonNode active = operator.get("/api/admin/tenants?q=" + marker.toUpperCase() + "&status=active")
                .json();
        assertThat(active.get("total").asLong()).isEqualTo(1);
        assertThat(active.get("items").get(0).get("id").asText()).isEqualTo(ids.get(1));

        JsonNode none = operator.get("/api/admin/tenants?q=" + marker + "%25_").json();
        assertThat(none.get("total").asLong())
                .as("%% and _ are matched literally")
                .isZero();
    }

    @Test
    @DisplayName("PATCH changes status, profile and billing identity; a move back to trial is a 409")
    void patchTenant() {
        Tenants.Opened t = Tenants.open("patch");
        String path = "/api/admin/tenants/" + t.id();
        Map<String, Object> billing = new HashMap<>(Map.of(
                "legalName",
                "ACME SAS",
                "addressLine1",
                "1 rue de la Paix",
                "postalCode",
                "75002",
                "city",
                "Paris",
                "country",
                "FR",
                "siren",
                "732829320",
                "vatNumber",
                "FR44732829320"));
        Api.Reply changed = operator.patch(path, Map.of("status", "active", "name", "Renamed", "billing", billing));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("status").asText()).isEqualTo("active");
        assertThat(changed.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(changed.json().at("/billing/vatNumber").asText()).isEqualTo("FR44732829320");
        assertThat(operator.get(path).json().at("/billing/siren").asText()).isEqualTo("732829320");

        assertProblem(operator.patch(path, Map.of("status", "trial")), 409, "INVALID_STATUS_TRANSITION");
        Api.Reply noReason = operator.patch(path, Map.of("status", "suspended", "name", "Not renamed"));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().at("/violations/0/field").asText()).isEqualTo("statusReason");
        assertThat(operator.get(path).json().get("name").asText())
                .as("nothing changed: the rename waits with the status")
                .isEqualTo("Renamed");
        Api.Reply suspended =
                operator.patch(path, Map.of("status", "suspended", "statusReason", "Asked by the client"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(operator.get("/api/admin/audit?tenantId=" + t.id() + "&action=tenant.status.changed")
                        .json()
                        .at("/items/0/reason")
                        .asText())
                .isEqualTo("active to suspended: Asked by the client");
        assertThat(operator.patch(path, Map.of("status", "active")).status()).isEqualTo(200);
        assertThat(operator.patch(path, Map.of("status", "past_due"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("past_due");

        billing.put("siren", "732829321");
        Api.Reply badSiren = operator.patch(path, Map.of("billing", billing));
        assertProblem(badSiren, 400, "VALIDATION_FAILED");
        assertThat(badSiren.json().at("/violations/0/field").asText()).isEqualTo("billing.siren");
        assertThat(operator.get(path).json().at("/billing/siren").asText())
                .as("nothing half-written")
                .isEqualTo("732829320");
    }

    @Test
    @DisplayName("an unknown tenant is a 404 problem")
    void unknownTenant() {
        assertProblem(operator.get("/api/admin/tenants/no-such-id"), 404, "TENANT_NOT_FOUND");
        assertProblem(operator.patch("/api/admin/tenants/no-such-id", Map.of("name", "x")), 404, "TENANT_NOT_FOUND");
    }

    static Stream<Arguments> badCreations() {
        String longName = "n".repeat(121);
        return Stream.of(
                Arguments.of("missing fields", "{}", List.of("contactEmail", "name", "slug")),
                Arguments.of(
                        "number for a text",
                        "{\"name\":123,\"slug\":\"abc\",\"contactEmail\":\"a@b.example\"}",
                        List.of()),
                Arguments.of(
                        "object for a text",
                        "{\"name\":{},\"slug\":\"abc\",\"contactEmail\":\"a@b.example\"}",
                        List.of()),
                Arguments.of(
                        "oversize name",
                        "{\"name\":\"" + longName + "\",\"slug\":\"abcd\",\"contactEmail\":\"a@b.example\"}",
                        List.of("name")),
                Arguments.of(
                        "oversize slug",
                        "{\"name\":\"n\",\"slug\":\"" + "s".repeat(41) + "\",\"contactEmail\":\"a@b.example\"}",
                        List.of("slug")),
                Arguments.of(
                        "bad slug",
                        "{\"name\":\"n\",\"slug\":\"Has Space\",\"contactEmail\":\"a@b.example\"}",
                        List.of("slug")),
                Arguments.of(
                        "bad e-mail",
                        "{\"name\":\"n\",\"slug\":\"abcd\",\"contactEmail\":\"nope\"}",
                        List.of("contactEmail")),
                Arguments.of(
                        "unknown zone",
                        "{\"name\":\"n\",\"slug\":\"" + Api.unique("zone")
                                + "\",\"contactEmail\":\"a@b.example\",\"timeZone\":\"Mars/Base\"}",
                        List.of("timeZone")),
                Arguments.of("not JSON", "{\"name\":", List.of()),
                Arguments.of("empty body", "", List.of()),
                Arguments.of("array body", "[]", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCreations")
    @DisplayName("bad input on tenant creation is a 400 problem naming the fields, and creates nothing")
    void badCreation(String label, String body, List<String> fields) {
        long before =
                operator.get("/api/admin/tenants?size=1").json().get("total").asLong();
        Api.Reply reply = operator.post("/api/admin/tenants", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isIn("VALIDATION_FAILED", "INVALID_REQUEST");
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("\tat ");
        if (!fields.isEmpty()) {
            List<String> reported = reply.json().get("violations").findValuesAsText("field");
            assertThat(reported).containsAll(fields);
        }
        assertThat(operator.get("/api/admin/tenants?size=1").json().get("total").asLong())
                .isEqualTo(before);
    }

    @Test
    @DisplayName("a text field given a number is named in the answer")
    void wrongTypeIsNamed() {
        Api.Reply reply = operator.post(
                "/api/admin/tenants", "{\"name\":123,\"slug\":\"abcd\",\"contactEmail\":\"a@b.example\"}");
        assertProblem(reply, 400, "INVALID_REQUEST");
        assertThat(reply.json().get("detail").asText()).contains("name");
    }

    @Test
    @DisplayName("bad paging, an unknown status filter and an unknown PATCH status are 400 problems")
    void badQueries() {
        assertProblem(operator.get("/api/admin/tenants?page=-1"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/tenants?size=1000"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/tenants?size=abc"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/tenants?page=99999999"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/tenants?status=paused"), 400, "VALIDATION_FAILED");
        Tenants.Opened t = Tenants.open("badpatch");
        Api.Reply unknownStatus = operator.patch("/api/admin/tenants/" + t.id(), Map.of("status", "paused"));
        assertProblem(unknownStatus, 400, "VALIDATION_FAILED");
        assertThat(unknownStatus.json().get("detail").asText()).contains("past_due");
        assertProblem(
                operator.patch("/api/admin/tenants/" + t.id(), "{\"trialEndsAt\":\"tomorrow\"}"),
                400,
                "INVALID_REQUEST");
        assertProblem(operator.patch("/api/admin/tenants/" + t.id(), "{\"name\":\"\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    @DisplayName("wrong media type, wrong method and an unknown path are problems too")
    void protocolErrors() {
        Api.Reply xml =
                operator.send(HttpRequest.newBuilder(Api.uri("/api/admin/tenants")), "POST", "<x/>", "application/xml");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        Api.Reply delete = operator.send(HttpRequest.newBuilder(Api.uri("/api/admin/tenants")), "DELETE", null, null);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.contentType()).startsWith("application/problem+json");
        assertProblem(operator.get("/api/admin/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    @DisplayName("a body over 1 MiB is refused with 413 before it is read")
    void oversizeBody() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Api.Reply reply = operator.post("/api/admin/tenants", huge);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("anonymous callers get 401 with a Basic challenge; wrong passwords 401; tenant users 401 or 403")
    void onlyOperators() {
        Api.Reply anonymous = Api.anonymous().get("/api/admin/tenants");
        assertProblem(anonymous, 401, "AUTHENTICATION_REQUIRED");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(Api.anonymous().post("/api/admin/tenants", Map.of("name", "x")), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(
                Api.basic(Api.OPERATOR_EMAIL, "wrong-password").get("/api/admin/tenants"), 401, "INVALID_CREDENTIALS");
        assertProblem(
                Api.anonymous().header("Authorization", "Basic !!!").get("/api/admin/tenants"),
                401,
                "INVALID_CREDENTIALS");

        Tenants.Opened t = Tenants.open("notop");
        assertProblem(
                Api.basic(t.adminEmail(), t.adminPassword()).get("/api/admin/tenants"), 401, "INVALID_CREDENTIALS");
        Api portal = Tenants.signIn(t);
        assertProblem(portal.get("/api/admin/tenants"), 403, "FORBIDDEN");
        assertProblem(portal.get("/api/admin/tenants/" + t.id()), 403, "FORBIDDEN");
        assertProblem(portal.patch("/api/admin/tenants/" + t.id(), Map.of("status", "active")), 403, "FORBIDDEN");
        assertThat(operator.get("/api/admin/tenants/" + t.id())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("trial");
    }

    @Test
    @DisplayName("a body with trailing garbage or nested 1,000 levels deep is a 400 problem, and nothing is created")
    void malformedBodies() {
        String slug = Api.unique("trail");
        Api.Reply trailing = operator.post(
                "/api/admin/tenants",
                "{\"name\":\"T\",\"slug\":\"" + slug + "\",\"contactEmail\":\"t@x.example\"}}}garbage");
        assertProblem(trailing, 400, "INVALID_REQUEST");
        assertThat(trailing.json().get("detail").asText()).isEqualTo("The request body holds more than one JSON value");
        assertThat(operator.get("/api/admin/tenants?q=" + slug)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        Api.Reply deep = operator.post(
                "/api/admin/tenants",
                "{\"name\":\"T\",\"slug\":\"" + slug + "\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        assertProblem(deep, 400, "INVALID_REQUEST");
        assertThat(deep.json().get("detail").asText()).contains("deeper than 32 levels");
        assertThat(deep.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("control characters, direction overrides, lone surrogates and bytes that are not UTF-8 are refused "
            + "with the field named, and nothing is written")
    void unsafeText() {
        String slug = Api.unique("unsafe");
        String[][] cases = {
            {
                "{\"name\":\"Invoice\u202Efdp.exe\",\"slug\":\"" + slug + "\",\"contactEmail\":\"t@x.example\"}",
                "The field 'name' holds the invisible direction override U+202E"
            },
            {
                "{\"name\":\"Acme\\u0000\",\"slug\":\"" + slug + "\",\"contactEmail\":\"t@x.example\"}",
                "The field 'name' holds the control character U+0000"
            },
            {
                "{\"name\":\"Acme\\u001b[2J\",\"slug\":\"" + slug + "\",\"contactEmail\":\"t@x.example\"}",
                "The field 'name' holds the control character U+001B"
            },
            {
                "{\"name\":\"Acme\\udc00\",\"slug\":\"" + slug + "\",\"contactEmail\":\"t@x.example\"}",
                "The field 'name' holds half of a surrogate pair (U+DC00), which is not text"
            },
        };
        for (String[] c : cases) {
            Api.Reply reply = operator.post("/api/admin/tenants", c[0]);
            assertProblem(reply, 400, "INVALID_REQUEST");
            assertThat(reply.json().get("detail").asText()).isEqualTo(c[1]);
        }
        String withX = "{\"name\":\"Acme X\",\"slug\":\"" + slug + "\",\"contactEmail\":\"t@x.example\"}";
        byte[] notUtf8 = withX.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        notUtf8[withX.indexOf('X')] = (byte) 0xFF;
        Api.Reply bytes = operator.postBytes("/api/admin/tenants", notUtf8);
        assertProblem(bytes, 400, "INVALID_REQUEST");
        assertThat(bytes.json().get("detail").asText()).isEqualTo("The request body is not valid UTF-8");

        Api.Reply twoLines = operator.post(
                "/api/admin/tenants", Map.of("name", "Acme\nCorp", "slug", slug, "contactEmail", "t@x.example"));
        assertProblem(twoLines, 400, "VALIDATION_FAILED");
        assertThat(twoLines.json().toString()).contains("\"name\"").contains("one line");

        assertThat(operator.get("/api/admin/tenants?q=" + slug)
                        .json()
                        .get("total")
                        .asLong())
                .as("nothing written")
                .isZero();
        Api.Reply plan = operator.post("/api/admin/plans", "{\"name\":\"Pro\\u0007\",\"priceEur\":1}");
        assertProblem(plan, 400, "INVALID_REQUEST");
        assertThat(plan.json().get("detail").asText()).contains("'name'").contains("U+0007");
    }

    static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).startsWith("urn:guichet:problem:");
        assertThat(body.hasNonNull("title")).isTrue();
        assertThat(body.hasNonNull("instance")).isTrue();
    }
}
