package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tenant A tries to reach tenant B through every operation of {@code /openapi} that names an object or lists
 * some: B's API key, user and tenant id in A's portal session, A's tenant paired with B's objects on the admin
 * API, B's id as a query parameter of every portal list, a portal session on the admin API. Every attempt is
 * refused or sees only A's own data, and B's objects are unchanged.
 */
class CrossTenantIT {

    private static Tenants.Opened a;
    private static Tenants.Opened b;
    private static Api attacker;
    private static Api victim;
    private static ApiKeys.Created victimKey;
    private static String victimUser;
    private static String victimToken;
    private static List<FuzzOperation> operations;

    @BeforeAll
    static void setUp() {
        a = Tenants.open("attacker");
        b = Tenants.open("victim");
        attacker = Tenants.signIn(a);
        victim = Tenants.signIn(b);
        victimKey = ApiKeys.create(b.id());
        Api.Reply invited = victim.post(
                "/api/portal/users", Map.of("email", "joe@" + b.slug() + ".example", "displayName", "Joe B"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        victimUser = invited.json().at("/user/id").asText();
        Api.Reply token = victim.post("/api/portal/tokens", Map.of("name", "B's script", "scope", "READ_ONLY"));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        victimToken = token.json().at("/token/id").asText();
        operations =
                FuzzOperation.all(Api.anonymous().get("/openapi?format=JSON").json());
    }

    /** What of B must never appear in an answer to A. */
    private static List<String> secrets() {
        return List.of(b.id(), b.slug(), b.adminEmail(), victimKey.id(), victimUser, victimToken, "joe@" + b.slug());
    }

    @Test
    @DisplayName("every portal operation naming B's key or user, in A's session, is a 404 that reveals nothing; "
            + "B's key and user are unchanged")
    void portalObjectsOfAnotherTenant() {
        tryEveryOperationOnB(attacker, "session");
    }

    @Test
    @DisplayName("the same with A's read-write access token instead of its session: nothing of B's is reached")
    void portalObjectsOfAnotherTenantWithAToken() {
        Api.Reply token = attacker.post("/api/portal/tokens", Map.of("name", "A's script", "scope", "READ_WRITE"));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        tryEveryOperationOnB(
                Api.anonymous()
                        .header(
                                "Authorization",
                                "Bearer " + token.json().get("secret").asText()),
                "token");
    }

    private void tryEveryOperationOnB(Api as, String how) {
        int sent = 0;
        for (FuzzOperation op : operations) {
            if (!op.security().equals("portalSession")
                    || op.pathParams().isEmpty()
                    || op.path().contains("provider")) {
                continue; // provider keys are named by a shared provider: A sets its own
            }
            String path = op.path()
                    .replace("{keyId}", victimKey.id())
                    .replace("{tokenId}", victimToken)
                    .replace("{id}", op.path().startsWith("/api/portal/users") ? victimUser : b.id());
            Api.Reply reply = send(as, op.method(), path, bodyFor(op));
            sent++;
            assertThat(reply.status()).as(op + " " + reply).isIn(403, 404);
            // The ids A sent may be echoed (the problem's instance); nothing else of B's may show.
            assertThat(reply.raw()).as(op.toString()).doesNotContain(b.slug(), b.adminEmail(), "joe@" + b.slug());
        }
        assertThat(sent).isGreaterThanOrEqualTo(6);
        assertThat(RawHttp.getFrom("127.0.0.1", "/v1/models", victimKey.secret())
                        .status())
                .as("B's key still works")
                .isEqualTo(200);
        JsonNode user = victim.get("/api/portal/users/" + victimUser).json();
        assertThat(user.get("enabled").asBoolean()).isTrue();
        assertThat(user.get("role").asText()).isEqualTo("MEMBER");
        assertThat(victim.get("/api/portal/tokens").json().at("/items/0/status").asText())
                .as("B's token is not revoked")
                .isEqualTo("active");
        System.out.println(
                "CrossTenantIT: " + sent + " portal requests (" + how + ") naming another tenant's objects, 0 reached");
    }

    @Test
    @DisplayName("every portal list and read, in A's session, shows none of B's data, even asked with B's id")
    void portalListsOfAnotherTenant() {
        int sent = 0;
        for (FuzzOperation op : operations) {
            if (!op.security().equals("portalSession")
                    || !op.method().equals("GET")
                    || !op.pathParams().isEmpty()) {
                continue;
            }
            for (String query : List.of("", "?tenantId=" + b.id(), "?tenant=" + b.slug() + "&tenantId=" + b.id())) {
                Api.Reply reply = attacker.get(op.path() + query);
                sent++;
                assertThat(reply.status()).as(op + query + " " + reply).isLessThan(500);
                assertThat(reply.raw()).as(op + query).doesNotContain(secrets());
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(27); // 9 portal reads, 3 ways each
        System.out.println("CrossTenantIT: " + sent + " portal reads asking for another tenant, 0 leaks");
    }

    @Test
    @DisplayName("the admin API pairing A's tenant with B's key is a 404; a portal session on the admin API is a 403; "
            + "B's API key opens no portal")
    void wrongPairsAndWrongDoors() {
        String keyPath = "/api/admin/tenants/" + a.id() + "/api-keys/" + victimKey.id();
        List<Api.Reply> replies = new ArrayList<>(List.of(
                Api.operator().get(keyPath),
                send(Api.operator(), "DELETE", keyPath, null),
                Api.operator().post(keyPath + "/rotate", ""),
                Api.operator().post(keyPath + "/reinstate", Map.of("reason", "cross"))));
        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        }
        for (FuzzOperation op : operations) {
            if (op.security().equals("operatorBasic")
                    && op.method().equals("GET")
                    && op.pathParams().isEmpty()) {
                Api.Reply reply = attacker.get(op.path());
                assertThat(reply.status()).as(op + " " + reply).isIn(401, 403);
            }
        }
        Api keyHolder = Api.anonymous().header("Authorization", "Bearer " + victimKey.secret());
        assertThat(keyHolder.get("/api/portal/profile").status()).isEqualTo(401);
        assertThat(RawHttp.getFrom("127.0.0.1", "/v1/models", victimKey.secret())
                        .status())
                .isEqualTo(200);
    }

    private static Object bodyFor(FuzzOperation op) {
        if (op.method().equals("PATCH")) {
            return Map.of("role", "TENANT_ADMIN", "enabled", false);
        }
        if (op.bodySchema() != null) {
            return Map.of("reason", "cross-tenant attempt");
        }
        return op.method().equals("GET") || op.method().equals("DELETE") ? null : "";
    }

    private static Api.Reply send(Api api, String method, String path, Object body) {
        if (method.equals("GET")) {
            return api.get(path);
        }
        return api.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)), method, body, "application/json");
    }
}
