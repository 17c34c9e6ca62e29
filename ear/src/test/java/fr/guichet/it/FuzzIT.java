package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Malformed input to every operation of {@code /openapi}, /api and /v1, with the right authentication (an
 * operator, a signed-in tenant admin, a tenant's API key), from an address of its own: no 5xx, the caller's error
 * format (problem+json on /api, OpenAI's shape on /v1), no class name or stack trace in any body, and nothing
 * written by an operation whose every malformed request was refused. The seed is printed; {@code
 * -Dguichet.fuzz.seed=N} replays a run.
 */
class FuzzIT {

    private static final String FROM = "127.0.0.77";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INTERNALS = List.of(
            "Exception",
            "\tat ",
            "com.ibm.",
            "org.eclipse.",
            "org.apache.",
            "org.jboss.",
            "java.lang.",
            "fr.guichet.",
            "jakarta.",
            "SQLState",
            "CWWK",
            "RESTEASY");

    private static ChatFixture fixture;
    private static Tenants.Opened tenant;
    private static String bearer;
    private static String keyId;
    private static String userId;
    private static String cookie;
    private static String csrf;

    @BeforeAll
    static void setUp() {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> Api.anonymous().get("/health/ready").status() == 200
                        && Api.operator().get("/api/admin/plans?size=1").status() == 200);
        fixture = ChatFixture.install();
        String planId = PlansIT.createPlan(Api.operator(), Map.of("requestsPerMinute", 100_000))
                .get("id")
                .asText();
        tenant = Tenants.open("fuzz");
        assertThat(Api.operator()
                        .patch("/api/admin/tenants/" + tenant.id(), Map.of("planId", planId))
                        .status())
                .isEqualTo(200);
        ApiKeys.Created key = ApiKeys.create(tenant.id());
        bearer = key.secret();
        keyId = key.id();
        signIn();
        userId = portal("/api/portal/profile").at("/user/id").asText();
        // The operator signs in from the fuzz's address once, so that a sign-in slowdown left on the operator's
        // account by another test (SignInIT) does not apply to it.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> RawHttp.exchange(
                                        FROM,
                                        "GET",
                                        "/api/admin/plans?size=1",
                                        Map.of("Authorization", operatorBasic()),
                                        null)
                                .status()
                        == 200);
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @Test
    @DisplayName("malformed input to every operation: no 5xx, the caller's error format, no internals, nothing "
            + "written when refused")
    void everyOperation() {
        long seed = Long.getLong("guichet.fuzz.seed", System.nanoTime());
        int rounds = Integer.getInteger("guichet.fuzz.rounds", 1);
        System.out.println("FuzzIT seed " + seed + " (replay with -Dguichet.fuzz.seed=" + seed + ")");
        JsonNode spec = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> Api.anonymous().get("/openapi?format=JSON").json(),
                        s -> s.path("paths").has("/api/admin/tenants"));
        List<FuzzOperation> operations = FuzzOperation.all(spec);
        FuzzInputs inputs = new FuzzInputs(spec, new Random(seed), FuzzIT::knownId);
        Tally tally = new Tally();
        for (int round = 0; round < rounds; round++) {
            for (FuzzOperation op : operations) {
                fuzz(op, inputs, tally);
            }
        }
        System.out.println("FuzzIT: " + operations.size() + " operations, " + rounds + " rounds, " + tally.sent
                + " requests, statuses " + tally.statuses + ", " + tally.container
                + " refused by Liberty before Guichet, " + tally.failures.size() + " failures");
        System.out.println("FuzzIT: malformed writes answered 2xx: " + tally.acceptedWrites);
        assertThat(operations.size()).isGreaterThanOrEqualTo(70);
        assertThat(tally.failures).as("seed " + seed).isEmpty();
    }

    /** What a run sent and saw. */
    private static final class Tally {
        final List<String> failures = new ArrayList<>();
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> acceptedWrites = new ArrayList<>();
        int sent;
        int container;
    }

    private static void fuzz(FuzzOperation op, FuzzInputs inputs, Tally tally) {
        Map<String, String> before = op.writes() ? fingerprint() : Map.of();
        boolean accepted = false;
        for (FuzzInputs.Input input : inputs.of(op)) {
            RawHttp.Answer answer = send(op, input);
            if (answer.status() == 401 && op.security().equals("portalSession")) {
                signIn(); // a request ended the session (sign-out): sign in again and go on
            }
            tally.sent++;
            tally.statuses.merge(answer.status(), 1, Integer::sum);
            accepted |= answer.status() < 400;
            if (answer.status() < 400 && op.writes()) {
                tally.acceptedWrites.add(op + " [" + input.name() + "] " + answer.status());
            }
            if (refusedByContainer(answer)) {
                tally.container++; // before any application: see docs/reliability.md
                continue;
            }
            String problem = verdict(op, answer);
            if (problem == null && mustBeRefused(op, input) && answer.status() != 400) {
                problem = "accepted what must be refused (" + answer.status() + ")";
            }
            if (problem != null) {
                tally.failures.add(op + " [" + input.name() + "] " + answer.status() + ": " + problem + " — "
                        + cut(answer.body()));
            }
        }
        if (op.writes() && !op.openAi() && !accepted) { // /v1 records usage by design
            Map<String, String> after = fingerprint();
            if (!after.equals(before)) {
                tally.failures.add(op + ": every request was refused, yet the data changed: " + before + " → " + after);
            }
        }
    }

    /** The real id a path parameter names, where the fuzz has one: its tenant, its key, its admin. */
    private static String knownId(String path, String param) {
        if (param.equals("keyId")) {
            return keyId;
        }
        if (param.equals("id") && path.startsWith("/api/admin/tenants/")) {
            return tenant.id();
        }
        if (param.equals("id") && path.startsWith("/api/portal/users/")) {
            return userId;
        }
        return null;
    }

    private static RawHttp.Answer send(FuzzOperation op, FuzzInputs.Input input) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", op.openAi() ? "application/json" : "application/json, application/problem+json");
        switch (op.security()) {
            case "operatorBasic" -> headers.put("Authorization", operatorBasic());
            case "portalSession" -> {
                headers.put("Cookie", cookie);
                headers.put("X-CSRF-Token", csrf);
            }
            case "apiKey" -> headers.put("Authorization", "Bearer " + bearer);
            default -> {}
        }
        if (input.contentType() != null) {
            headers.put("Content-Type", input.contentType());
        }
        byte[] body = input.body() == null && op.writes() ? new byte[0] : input.body();
        return RawHttp.exchange(FROM, op.method(), input.target(), headers, body);
    }

    /**
     * Liberty's own 400 for a malformed escape or a control character in the path ({@code %zz}, {@code %00}),
     * written before any application sees the request (JSON when the client accepts it); no configuration hands
     * it to the application.
     */
    static boolean refusedByContainer(RawHttp.Answer answer) {
        return answer.status() == 400 && answer.body().startsWith("{\"error_message\" : \"CWWWC0005I: ");
    }

    private static String operatorBasic() {
        return Api.basicHeader(Api.OPERATOR_EMAIL, Api.OPERATOR_PASSWORD);
    }

    /** Bytes that are not UTF-8 anywhere, control characters in /api text other than a password: always a 400. */
    static boolean mustBeRefused(FuzzOperation op, FuzzInputs.Input input) {
        return input.name().equals("not UTF-8")
                || (!op.openAi()
                        && input.name().endsWith(" with control characters")
                        && !input.name().toLowerCase(Locale.ROOT).contains("password"));
    }

    /** What is wrong with the answer, or null. */
    static String verdict(FuzzOperation op, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "a server error";
        }
        for (String internal : INTERNALS) {
            if (answer.body().contains(internal)) {
                return "names an internal (" + internal.strip() + ")";
            }
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = header(answer, "content-type");
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (op.openAi()) {
                return type.startsWith("application/json")
                                && body.at("/error/message").isTextual()
                                && body.at("/error/type").isTextual()
                        ? null
                        : "not OpenAI's error shape (" + type + ")";
            }
            return type.startsWith("application/problem+json")
                            && body.path("code").isTextual()
                            && body.path("status").asInt() == answer.status()
                            && body.path("detail").isTextual()
                    ? null
                    : "not a problem (" + type + ")";
        } catch (Exception e) {
            return "not JSON (" + type + ")";
        }
    }

    /**
     * What the API writes, as an operator and the fuzz tenant see it: the totals of the global lists that only
     * requests change (the license timers change alerts and audit events, so those are the fuzz tenant's own),
     * and the fuzz tenant, its key and its admin themselves (the objects the fuzz names by their real ids).
     */
    private static Map<String, String> fingerprint() {
        Api operator = Api.operator();
        Map<String, String> seen = new TreeMap<>();
        for (String list : List.of(
                "tenants?",
                "plans?",
                "providers?",
                "models?",
                "licenses?",
                "address-blocks?",
                "audit?tenantId=" + tenant.id() + "&",
                "alerts?tenantId=" + tenant.id() + "&",
                "tenants/" + tenant.id() + "/api-keys?")) {
            seen.put(
                    list,
                    operator.get("/api/admin/" + list + "size=1")
                            .json()
                            .path("total")
                            .asText());
        }
        seen.put("tenant", operator.get("/api/admin/tenants/" + tenant.id()).raw());
        seen.put(
                "key",
                operator.get("/api/admin/tenants/" + tenant.id() + "/api-keys/" + keyId)
                        .raw());
        seen.put("users", portal("/api/portal/users?size=100").toString());
        seen.put("provider keys", portal("/api/portal/provider-keys").toString());
        return seen;
    }

    private static JsonNode portal(String path) {
        RawHttp.Answer answer =
                RawHttp.exchange(FROM, "GET", path, Map.of("Cookie", cookie, "Accept", "application/json"), null);
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }

    private static void signIn() {
        RawHttp.Answer login = RawHttp.exchange(
                FROM,
                "POST",
                "/api/portal/login",
                Map.of("Content-Type", "application/json", "Accept", "application/json"),
                Api.write(Map.of(
                                "tenant",
                                tenant.slug(),
                                "email",
                                tenant.adminEmail(),
                                "password",
                                tenant.adminPassword()))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        cookie = null;
        for (String line : login.headers().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("set-cookie:") && line.contains("GUICHET_PORTAL=")) {
                String set = line.substring(line.indexOf(':') + 1).strip();
                cookie = set.substring(0, set.indexOf(';'));
            }
        }
        assertThat(cookie).as(login.headers()).isNotNull();
        try {
            csrf = JSON.readTree(login.body()).get("csrfToken").asText();
        } catch (Exception e) {
            throw new IllegalStateException(login.body(), e);
        }
    }

    private static String header(RawHttp.Answer answer, String name) {
        for (String line : answer.headers().split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    private static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
