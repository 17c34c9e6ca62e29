package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Personal access tokens on {@code /api/portal}, as a client's script uses them: {@code curl} with a Bearer token
 * fetching the month's usage as CSV and an invoice's PDF, as the README shows; scopes, revocation, expiry, the audit
 * log, and other tenants.
 */
class PortalTokensIT {

    private static ChatFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    private static Api.Reply create(Api session, String name, String scope, Integer days) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("scope", scope);
        if (days != null) {
            body.put("days", days);
        }
        return session.post("/api/portal/tokens", body);
    }

    private static String secret(Api session, String name, String scope) {
        Api.Reply created = create(session, name, scope, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("secret").asText();
    }

    private static Api bearer(String secret) {
        return Api.anonymous().header("Authorization", "Bearer " + secret);
    }

    /** Runs curl as the README writes it; returns its exit code and what it printed. */
    private static String[] curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--fail-with-body"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(process.exitValue()), out};
    }

    private static JsonNode audit(String tenantId, String action) {
        Api.Reply lines = Api.operator().get("/api/admin/audit?tenantId=" + tenantId + "&action=" + action);
        assertThat(lines.status()).as(lines.toString()).isEqualTo(200);
        return lines.json().get("items");
    }

    @Test
    @DisplayName("a read-only token fetches the month's usage as CSV with curl, without a session or CSRF token;"
            + " it cannot change anything; each call is in the audit log; the list shows it masked and used")
    void readOnlyTokenWithCurl() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", 100, "requestsPerMinute", 1000));
        assertThat(t.chat().status()).isEqualTo(200);
        Api session = Tenants.signIn(t.tenant());
        Api.Reply created = create(session, "Monthly report", "READ_ONLY", 30);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        assertThat(secret).startsWith("gpat_").hasSizeGreaterThan(40);
        assertThat(created.json().at("/token/masked").asText())
                .startsWith(secret.substring(0, 10))
                .endsWith(secret.substring(secret.length() - 4))
                .doesNotContain(secret.substring(10, secret.length() - 4));
        assertThat(created.json().at("/token/scope").asText()).isEqualTo("READ_ONLY");
        assertThat(created.header("Location"))
                .endsWith("/api/portal/tokens/" + created.json().at("/token/id").asText());

        String[] csv = curl("-H", "Authorization: Bearer " + secret, Api.BASE + "/api/portal/usage/csv");
        assertThat(csv[0]).as(csv[1]).isEqualTo("0");
        String[] lines = csv[1].split("\r?\n");
        assertThat(lines[0]).startsWith("day,client_id,client,model,provider,api_key_id,served,");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(t.tenant().id()).contains("," + t.key().id() + ",1,0,0,");

        Api token = bearer(secret);
        JsonNode total = token.get("/api/portal/usage/total").json();
        assertThat(total.get("requests").asLong())
                .as("since it became a client")
                .isEqualTo(1);
        assertThat(total.get("tokens").asLong()).isPositive();
        assertThat(token.get("/api/portal/profile").json().at("/user/email").asText())
                .isEqualTo(t.tenant().adminEmail());
        assertProblem(token.post("/api/portal/api-keys", Map.of("name", "From a script")), 403, "TOKEN_READ_ONLY");
        assertThat(session.get("/api/portal/api-keys").json().get("total").asInt())
                .as("nothing created")
                .isEqualTo(1);

        JsonNode used = audit(t.tenant().id(), "portal_token.used");
        assertThat(used.findValuesAsText("subject")).contains("GET /api/portal/usage/csv", "GET /api/portal/profile");
        assertThat(used.get(0).get("actor").asText())
                .isEqualTo("user:" + t.tenant().adminEmail());
        assertThat(used.get(0).get("reason").asText())
                .contains("Monthly report")
                .doesNotContain(secret);
        assertThat(audit(t.tenant().id(), "portal_token.refused").findValuesAsText("subject"))
                .containsExactly("POST /api/portal/api-keys");
        assertThat(audit(t.tenant().id(), "portal_token.created")
                        .get(0)
                        .get("subject")
                        .asText())
                .isEqualTo("Monthly report");

        JsonNode listed = session.get("/api/portal/tokens").json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("active");
        assertThat(listed.get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(secret);
    }

    @Test
    @DisplayName("with a token and curl, a script lists the invoices and downloads one's PDF; another client's"
            + " token gets 404 for it")
    void invoicePdfWithCurl() throws Exception {
        Billing.companyReady();
        Tenants.Opened t = Billing.frenchBusiness("token-inv", "en");
        JsonNode issued =
                Billing.issue(Billing.id(Billing.draft(t.id(), List.of(Billing.line("Plan", "1", "100.00")))));
        String secret = secret(Tenants.signIn(t), "Accounting", "READ_ONLY");

        String[] list = curl("-H", "Authorization: Bearer " + secret, Api.BASE + "/api/portal/invoices");
        assertThat(list[0]).as(list[1]).isEqualTo("0");
        JsonNode invoices = Api.JSON.readTree(list[1]).get("items");
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).get("id").asText()).isEqualTo(Billing.id(issued));

        Path pdf = Files.createTempFile("invoice", ".pdf");
        try {
            String[] download = curl(
                    "-H",
                    "Authorization: Bearer " + secret,
                    "-o",
                    pdf.toString(),
                    Api.BASE + "/api/portal/invoices/" + Billing.id(issued) + "/pdf");
            assertThat(download[0]).as(download[1]).isEqualTo("0");
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } finally {
            Files.deleteIfExists(pdf);
        }

        Tenants.Opened other = Tenants.open("token-inv-other");
        String otherSecret = secret(Tenants.signIn(other), "Nosy", "READ_WRITE");
        String[] nosy = curl(
                "-H",
                "Authorization: Bearer " + otherSecret,
                Api.BASE + "/api/portal/invoices/" + Billing.id(issued) + "/pdf");
        assertThat(nosy[0]).as("curl fails on 404").isEqualTo("22");
        assertThat(nosy[1]).contains("INVOICE_NOT_FOUND");
    }

    @Test
    @DisplayName("a read-write token changes things without a CSRF token but cannot make tokens; revoked, it is"
            + " refused at once with 401 and WWW-Authenticate; a made-up token is refused the same way")
    void readWriteAndRevoked() {
        Tenants.Opened t = Tenants.open("token-rw");
        Api session = Tenants.signIn(t);
        Api.Reply created = create(session, "Provisioning", "READ_WRITE", null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Duration.between(
                        java.time.Instant.parse(
                                created.json().at("/token/createdAt").asText()),
                        java.time.Instant.parse(
                                created.json().at("/token/expiresAt").asText())))
                .as("90 days by default")
                .isEqualTo(Duration.ofDays(90));
        String secret = created.json().get("secret").asText();
        Api token = bearer(secret);

        Api.Reply key = token.post("/api/portal/api-keys", Map.of("name", "Made by a script"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        assertProblem(
                token.post("/api/portal/tokens", Map.of("name", "Another", "scope", "READ_ONLY")),
                403,
                "SESSION_REQUIRED");
        assertProblem(
                token.post(
                        "/api/portal/profile/password",
                        Map.of("currentPassword", "guess-1234567", "newPassword", "Another-password-1")),
                403,
                "SESSION_REQUIRED");
        assertProblem(
                token.delete("/api/portal/account", Map.of("password", t.adminPassword())), 403, "SESSION_REQUIRED");
        assertThat(session.get("/api/portal/account/deletion").status())
                .as("nothing asked")
                .isEqualTo(404);

        Api.Reply revoked = session.delete(
                "/api/portal/tokens/" + created.json().at("/token/id").asText());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("revoked");
        Api.Reply refused = token.get("/api/portal/profile");
        assertProblem(refused, 401, "AUTHENTICATION_REQUIRED");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(bearer("gpat_" + "x".repeat(43)).get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(bearer("not-even-a-token").get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertThat(audit(t.id(), "portal_token.revoked").get(0).get("subject").asText())
                .isEqualTo("Provisioning");
    }

    @Test
    @DisplayName("a token stops working when it expires (moved clock) and when its user is disabled")
    void expiredAndDisabled() {
        Tenants.Opened t = Tenants.open("token-exp");
        Api session = Tenants.signIn(t);
        Api.Reply oneDay = create(session, "Short", "READ_ONLY", 1);
        assertThat(oneDay.status()).as(oneDay.toString()).isEqualTo(201);
        Api token = bearer(oneDay.json().get("secret").asText());
        assertThat(token.get("/api/portal/profile").status()).isEqualTo(200);
        try {
            TestClock.shift(Duration.ofHours(25));
            assertProblem(token.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
            assertThat(session.get("/api/portal/tokens")
                            .json()
                            .at("/items/0/status")
                            .asText())
                    .isEqualTo("expired");
        } finally {
            TestClock.shift(Duration.ZERO);
        }

        Api.Reply invited = session.post(
                "/api/portal/users",
                Map.of("email", "member@" + t.slug() + ".example", "displayName", "Mia Member", "role", "MEMBER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String password = Tenants.choosePassword(t.id(), invited);
        Api member = Tenants.signIn(t.slug(), "member@" + t.slug() + ".example", password);
        Api memberToken = bearer(secret(member, "Mia's script", "READ_WRITE"));
        assertThat(memberToken.get("/api/portal/profile").status()).isEqualTo(200);
        assertProblem(memberToken.get("/api/portal/api-keys"), 403, "FORBIDDEN");
        Api.Reply disabled = session.patch(
                "/api/portal/users/" + invited.json().at("/user/id").asText(), Map.of("enabled", false));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertProblem(memberToken.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @DisplayName("a new password ends the tokens made before it, as it ends other sessions; a token made after works;"
            + " a read-only token cannot revoke one")
    void newPasswordEndsTokens() {
        Tenants.Opened t = Tenants.open("token-reset");
        Api session = Tenants.signIn(t);
        Api.Reply readOnly = create(session, "Reader", "READ_ONLY", 30);
        Api reader = bearer(readOnly.json().get("secret").asText());
        Api writer = bearer(secret(session, "Writer", "READ_WRITE"));
        assertProblem(
                reader.delete(
                        "/api/portal/tokens/" + readOnly.json().at("/token/id").asText()),
                403,
                "TOKEN_READ_ONLY");
        assertThat(writer.get("/api/portal/profile").status()).isEqualTo(200);

        Api.Reply changed = session.post(
                "/api/portal/profile/password",
                Map.of("currentPassword", t.adminPassword(), "newPassword", "A-new-password-" + Api.unique("p")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertProblem(writer.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(reader.get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
        assertThat(session.get("/api/portal/tokens").json().get("items").findValuesAsText("status"))
                .as("listed as revoked, no longer counted among the working ones")
                .containsExactly("revoked", "revoked");
        Api fresh = bearer(secret(session, "After the change", "READ_ONLY"));
        assertThat(fresh.get("/api/portal/profile").status())
                .as("a token made after it works")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("a member sees only their own tokens, an admin every token of the tenant and revokes a member's;"
            + " another tenant's admin cannot see nor revoke them")
    void whoSeesWhat() {
        Tenants.Opened t = Tenants.open("token-who");
        Api admin = Tenants.signIn(t);
        secret(admin, "Admin's", "READ_ONLY");
        Api.Reply invited = admin.post(
                "/api/portal/users",
                Map.of("email", "bob@" + t.slug() + ".example", "displayName", "Bob", "role", "MEMBER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        Api member = Tenants.signIn(t.slug(), "bob@" + t.slug() + ".example", Tenants.choosePassword(t.id(), invited));
        Api.Reply bobs = create(member, "Bob's", "READ_ONLY", 7);
        String bobsId = bobs.json().at("/token/id").asText();

        assertThat(member.get("/api/portal/tokens").json().get("items").findValuesAsText("name"))
                .containsExactly("Bob's");
        assertThat(admin.get("/api/portal/tokens").json().get("items").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Bob's", "Admin's");
        String adminsId = admin.get("/api/portal/tokens").json().get("items").findValuesAsText("id").stream()
                .filter(id -> !id.equals(bobsId))
                .findFirst()
                .orElseThrow();
        assertProblem(member.delete("/api/portal/tokens/" + adminsId), 404, "TOKEN_NOT_FOUND");

        Tenants.Opened other = Tenants.open("token-who-other");
        Api otherAdmin = Tenants.signIn(other);
        assertThat(otherAdmin.get("/api/portal/tokens").json().get("total").asInt())
                .isZero();
        assertProblem(otherAdmin.delete("/api/portal/tokens/" + bobsId), 404, "TOKEN_NOT_FOUND");
        assertThat(bearer(bobs.json().get("secret").asText())
                        .get("/api/portal/profile")
                        .status())
                .isEqualTo(200);

        assertThat(admin.delete("/api/portal/tokens/" + bobsId).status()).isEqualTo(200);
        assertProblem(
                bearer(bobs.json().get("secret").asText()).get("/api/portal/profile"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @DisplayName("a token's name, scope and days are checked together; at most 20 working tokens per user")
    void validation() {
        Tenants.Opened t = Tenants.open("token-bad");
        Api session = Tenants.signIn(t);
        Api.Reply bad = session.post("/api/portal/tokens", Map.of("name", " ", "scope", "ADMIN", "days", 366));
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.json().get("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "scope", "days");
        assertProblem(create(session, "Zero", "READ_ONLY", 0), 400, "VALIDATION_FAILED");
        assertProblem(create(session, "Scope", "EVERYTHING", 10), 400, "VALIDATION_FAILED");
        assertProblem(session.post("/api/portal/tokens", "{\"name\":\"x\""), 400, "INVALID_REQUEST");
        for (int i = 0; i < 20; i++) {
            secret(session, "Token " + i, "READ_ONLY");
        }
        assertProblem(create(session, "One too many", "READ_ONLY", 10), 409, "TOKEN_LIMIT_REACHED");
        assertProblem(Api.anonymous().get("/api/portal/tokens"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @DisplayName("/openapi describes the token scheme (HTTP bearer) and offers it on the portal's operations")
    void openApi() {
        Api.Reply doc = Api.anonymous().header("Accept", "application/json").get("/openapi");
        assertThat(doc.status()).isEqualTo(200);
        JsonNode scheme = doc.json().at("/components/securitySchemes/portalToken");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("bearer");
        assertThat(doc.json()
                        .at("/paths/~1api~1portal~1usage~1csv/get/security")
                        .toString())
                .contains("portalSession")
                .contains("portalToken");
        assertThat(doc.json().at("/paths/~1api~1admin~1tenants/get/security").toString())
                .doesNotContain("portalToken");
        assertThat(doc.json().at("/paths/~1api~1portal~1tokens/post/security").toString())
                .as("tokens are made from a session only")
                .contains("portalSession")
                .doesNotContain("portalToken");
        assertThat(doc.json()
                        .at("/paths/~1api~1portal~1account/delete/security")
                        .toString())
                .contains("portalSession")
                .doesNotContain("portalToken");
    }
}
