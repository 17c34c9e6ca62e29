package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Portal sign-in, sessions, CSRF, user management and tenant isolation, end to end. */
class PortalIT {

    private static Map<String, String> login(String tenant, String email, String password) {
        return Map.of("tenant", tenant, "email", email, "password", password);
    }

    @Test
    @DisplayName("signing in opens an HttpOnly SameSite=Strict session and returns the profile and a CSRF token")
    void signIn() {
        Tenants.Opened t = Tenants.open("login");
        Api portal = Api.withCookies();
        Api.Reply reply =
                portal.post("/api/portal/login", login(t.slug(), t.adminEmail().toUpperCase(), t.adminPassword()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String cookie = reply.header("Set-Cookie");
        assertThat(cookie)
                .contains("GUICHET_PORTAL=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        assertThat(reply.json().at("/user/role").asText()).isEqualTo("TENANT_ADMIN");
        assertThat(reply.json().at("/tenant/slug").asText()).isEqualTo(t.slug());
        assertThat(reply.json().get("csrfToken").asText()).hasSizeGreaterThan(20);

        JsonNode profile = portal.get("/api/portal/profile").json();
        assertThat(profile.at("/user/email").asText()).isEqualTo(t.adminEmail());
        assertThat(profile.at("/user/lastLoginAt").isNull()).isFalse();
    }

    @Test
    @DisplayName("every wrong credential gets the same 401, whatever was wrong")
    void genericFailure() {
        Tenants.Opened t = Tenants.open("generic");
        Api.Reply wrongPassword =
                Api.withCookies().post("/api/portal/login", login(t.slug(), t.adminEmail(), "wrong-password-1"));
        Api.Reply unknownEmail =
                Api.withCookies().post("/api/portal/login", login(t.slug(), "nobody@x.example", "whatever-123"));
        Api.Reply unknownTenant = Api.withCookies()
                .post("/api/portal/login", login("no-such-tenant-zz", t.adminEmail(), t.adminPassword()));
        for (Api.Reply r : new Api.Reply[] {wrongPassword, unknownEmail, unknownTenant}) {
            assertProblem(r, 401, "INVALID_CREDENTIALS");
            assertThat(r.json().get("detail").asText()).isEqualTo("Invalid credentials");
            assertThat(r.header("Set-Cookie")).isNull();
        }
        assertProblem(
                Api.withCookies().post("/api/portal/login", Map.of("tenant", t.slug())), 400, "VALIDATION_FAILED");
    }

    @Test
    @DisplayName("repeated failures on one account from one address are slowed down with 429 and Retry-After, even "
            + "with the right password; the account's user signs in from another address")
    void throttled() {
        Tenants.Opened t = Tenants.open("throttle");
        for (int i = 0; i < 5; i++) {
            assertThat(Api.anonymous()
                            .post("/api/portal/login", login(t.slug(), t.adminEmail(), "bad-" + i))
                            .status())
                    .isEqualTo(401);
        }
        Api.Reply blocked =
                Api.anonymous().post("/api/portal/login", login(t.slug(), t.adminEmail(), t.adminPassword()));
        assertProblem(blocked, 429, "TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isPositive();
        RawHttp.Answer elsewhere = RawHttp.postFrom(
                "127.0.0.41", "/api/portal/login", Api.write(login(t.slug(), t.adminEmail(), t.adminPassword())));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("state-changing portal calls without the session's CSRF token are refused with 403")
    void csrf() {
        Tenants.Opened t = Tenants.open("csrf");
        Api portal = Tenants.signIn(t);
        Map<String, String> invite = Map.of("email", "joe@" + t.slug() + ".example");
        portal.header("X-CSRF-Token", "forged");
        assertProblem(portal.post("/api/portal/users", invite), 403, "CSRF_TOKEN_INVALID");
        String token = portal.get("/api/portal/profile").json().get("csrfToken").asText();
        portal.header("X-CSRF-Token", token);
        assertThat(portal.post("/api/portal/users", invite).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("a tenant admin invites, lists, promotes and disables users; a disabled user is cut off at once")
    void manageUsers() {
        Tenants.Opened t = Tenants.open("users");
        Api admin = Tenants.signIn(t);
        Api.Reply invited = admin.post(
                "/api/portal/users",
                Map.of("email", "Joe@" + t.slug() + ".example", "displayName", "Joe", "role", "MEMBER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.header("Location")).contains("/api/portal/users/");
        String joeId = invited.json().at("/user/id").asText();
        String joePassword = Tenants.choosePassword(t.id(), invited);
        assertProblem(admin.post("/api/portal/users/" + joeId + "/welcome", Map.of()), 409, "PASSWORD_ALREADY_CHOSEN");
        assertProblem(
                Api.operator().post("/api/admin/tenants/" + t.id() + "/users/" + joeId + "/welcome", Map.of()),
                409,
                "PASSWORD_ALREADY_CHOSEN");
        Api.Reply ann = admin.post("/api/portal/users", Map.of("email", "ann@" + t.slug() + ".example"));
        Api.Reply annAgain =
                admin.post("/api/portal/users/" + ann.json().at("/user/id").asText() + "/welcome", Map.of());
        assertThat(annAgain.status()).as(annAgain.toString()).isEqualTo(200);
        assertThat(annAgain.json().at("/url").asText(""))
                .as("mailed, not shown")
                .isEmpty();
        assertThat(Api.operator()
                        .get("/api/admin/tenants/" + t.id() + "/users")
                        .json()
                        .get("items")
                        .findValuesAsText("email"))
                .contains("joe@" + t.slug() + ".example", "ann@" + t.slug() + ".example");
        assertThat(invited.json().at("/user/email").asText()).isEqualTo("joe@" + t.slug() + ".example");

        assertProblem(
                admin.post("/api/portal/users", Map.of("email", "joe@" + t.slug() + ".example")), 409, "EMAIL_TAKEN");
        assertProblem(
                admin.post("/api/portal/users", Map.of("email", "x@" + t.slug() + ".example", "role", "OPERATOR")),
                400,
                "VALIDATION_FAILED");

        JsonNode list = admin.get("/api/portal/users?size=1").json();
        assertThat(list.get("total").asLong()).as("the admin, Joe and Ann").isEqualTo(3);
        assertThat(list.get("items")).hasSize(1);

        Api joe = Tenants.signIn(t.slug(), "joe@" + t.slug() + ".example", joePassword);
        assertProblem(joe.get("/api/portal/users"), 403, "FORBIDDEN");
        assertProblem(joe.post("/api/portal/users", Map.of("email", "y@" + t.slug() + ".example")), 403, "FORBIDDEN");

        assertThat(admin.patch("/api/portal/users/" + joeId, Map.of("role", "TENANT_ADMIN"))
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("TENANT_ADMIN");
        assertThat(joe.get("/api/portal/users").status()).isEqualTo(200);

        assertThat(admin.patch("/api/portal/users/" + joeId, Map.of("enabled", false))
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertProblem(joe.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(
                Api.anonymous().post("/api/portal/login", login(t.slug(), "joe@" + t.slug() + ".example", joePassword)),
                401,
                "INVALID_CREDENTIALS");
    }

    @Test
    @DisplayName("bad input on the portal's user calls is a 400 problem naming the field, and changes nothing")
    void badUserInput() {
        Tenants.Opened t = Tenants.open("badusr");
        Api admin = Tenants.signIn(t);
        String selfId = admin.get("/api/portal/profile").json().at("/user/id").asText();
        String path = "/api/portal/users/" + selfId;
        assertProblem(admin.patch(path, "{\"enabled\":\"yes\"}"), 400, "INVALID_REQUEST");
        Api.Reply badRole = admin.patch(path, Map.of("role", "KING"));
        assertProblem(badRole, 400, "VALIDATION_FAILED");
        assertThat(badRole.json().at("/violations/0/field").asText()).isEqualTo("role");
        assertProblem(admin.patch(path, Map.of("displayName", "x".repeat(121))), 400, "VALIDATION_FAILED");
        assertProblem(admin.post("/api/portal/users", Map.of("email", "not-an-email")), 400, "VALIDATION_FAILED");
        assertProblem(admin.post("/api/portal/users", "{\"email\":"), 400, "INVALID_REQUEST");
        assertProblem(admin.get("/api/portal/users?size=0"), 400, "VALIDATION_FAILED");
        assertProblem(
                Api.anonymous()
                        .post(
                                "/api/portal/login",
                                Map.of("tenant", "x".repeat(41), "email", "a@b.example", "password", "p")),
                400,
                "VALIDATION_FAILED");
        JsonNode self = admin.get(path).json();
        assertThat(self.get("displayName").asText()).isEqualTo(t.adminEmail());
        assertThat(self.get("role").asText()).isEqualTo("TENANT_ADMIN");
        assertThat(admin.get("/api/portal/users").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("a tenant always keeps one enabled admin")
    void lastAdmin() {
        Tenants.Opened t = Tenants.open("lastadm");
        Api admin = Tenants.signIn(t);
        String selfId = admin.get("/api/portal/profile").json().at("/user/id").asText();
        assertProblem(admin.patch("/api/portal/users/" + selfId, Map.of("enabled", false)), 409, "LAST_TENANT_ADMIN");
        assertProblem(admin.patch("/api/portal/users/" + selfId, Map.of("role", "MEMBER")), 409, "LAST_TENANT_ADMIN");
        assertThat(admin.get("/api/portal/users/" + selfId).json().get("role").asText())
                .isEqualTo("TENANT_ADMIN");
    }

    @Test
    @DisplayName("a tenant admin cannot see or change another tenant's users")
    void tenantIsolation() {
        Tenants.Opened a = Tenants.open("iso-a");
        Tenants.Opened b = Tenants.open("iso-b");
        Api adminA = Tenants.signIn(a);
        Api adminB = Tenants.signIn(b);
        String bAdminId =
                adminB.get("/api/portal/profile").json().at("/user/id").asText();

        assertProblem(adminA.get("/api/portal/users/" + bAdminId), 404, "USER_NOT_FOUND");
        assertProblem(adminA.patch("/api/portal/users/" + bAdminId, Map.of("enabled", false)), 404, "USER_NOT_FOUND");
        assertThat(adminA.get("/api/portal/users").json().get("items").findValuesAsText("email"))
                .containsExactly(a.adminEmail());
        assertThat(adminB.get("/api/portal/users/" + bAdminId)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isTrue();

        // The same e-mail may exist in two tenants, and each signs in to its own.
        String shared = "shared@example.org";
        String pa = Tenants.choosePassword(a.id(), adminA.post("/api/portal/users", Map.of("email", shared)));
        String pb = Tenants.choosePassword(b.id(), adminB.post("/api/portal/users", Map.of("email", shared)));
        assertThat(Tenants.signIn(b.slug(), shared, pb)
                        .get("/api/portal/profile")
                        .status())
                .isEqualTo(200);
        assertProblem(
                Api.anonymous().post("/api/portal/login", login(b.slug(), shared, pa)), 401, "INVALID_CREDENTIALS");
        assertThat(Tenants.signIn(a.slug(), shared, pa)
                        .get("/api/portal/profile")
                        .json()
                        .at("/tenant/slug")
                        .asText())
                .isEqualTo(a.slug());
    }

    @Test
    @DisplayName("signing out ends the session; without a session portal calls are 401")
    void signOut() {
        Tenants.Opened t = Tenants.open("logout");
        Api portal = Tenants.signIn(t);
        assertThat(portal.post("/api/portal/logout", null).status()).isEqualTo(204);
        assertProblem(portal.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(Api.anonymous().get("/api/portal/users"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @DisplayName("a user changes their password: the old one stops working, a weak new one is refused")
    void changePassword() {
        Tenants.Opened t = Tenants.open("passwd");
        Api portal = Tenants.signIn(t);
        Api otherSession = Tenants.signIn(t);
        Map<String, String> weak = Map.of("currentPassword", t.adminPassword(), "newPassword", "short");
        assertProblem(portal.post("/api/portal/profile/password", weak), 400, "VALIDATION_FAILED");
        Map<String, String> wrong =
                Map.of("currentPassword", "not-the-password", "newPassword", "a-long-new-password-42");
        assertProblem(portal.post("/api/portal/profile/password", wrong), 400, "VALIDATION_FAILED");
        Map<String, String> body =
                new HashMap<>(Map.of("currentPassword", t.adminPassword(), "newPassword", "a-long-new-password-42"));
        assertThat(portal.post("/api/portal/profile/password", body).status()).isEqualTo(204);
        assertThat(portal.get("/api/portal/profile").status())
                .as("this session goes on")
                .isEqualTo(200);
        assertProblem(otherSession.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(
                Api.anonymous().post("/api/portal/login", login(t.slug(), t.adminEmail(), t.adminPassword())),
                401,
                "INVALID_CREDENTIALS");
        assertThat(Api.anonymous()
                        .post("/api/portal/login", login(t.slug(), t.adminEmail(), "a-long-new-password-42"))
                        .status())
                .isEqualTo(200);
    }
}
