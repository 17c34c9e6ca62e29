package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Privacy over HTTP: the client's retention setting, the deletion of its account (password, grace period, calling it
 * off), what operators see and do, and the tenant boundary; then the deletion run with a moved clock.
 */
class PrivacyIT {

    static final Api OPERATOR = Api.operator();

    @AfterEach
    void clockBack() {
        TestClock.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("retention: 90 days by default, 30/90/180/365 only, changed by a tenant admin, not by a member")
    void retention() {
        Tenants.Opened t = Tenants.open("priv-ret");
        Api admin = Tenants.signIn(t);
        JsonNode settings = admin.get("/api/portal/settings").json();
        assertThat(settings.get("retentionDays").asInt()).isEqualTo(90);
        assertThat(settings.get("allowedRetentionDays").toString()).isEqualTo("[30,90,180,365]");

        Api.Reply changed = admin.put("/api/portal/settings", Map.of("retentionDays", 30));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(admin.get("/api/portal/settings").json().get("retentionDays").asInt())
                .isEqualTo(30);
        Api.Reply odd = admin.put("/api/portal/settings", Map.of("retentionDays", 45));
        assertProblem(odd, 400, "VALIDATION_FAILED");
        assertThat(odd.json().at("/violations/0/field").asText()).isEqualTo("retentionDays");
        assertProblem(admin.put("/api/portal/settings", Map.of()), 400, "VALIDATION_FAILED");

        Api.Reply invited = admin.post("/api/portal/users", Map.of("email", "member@" + t.slug() + ".example"));
        String memberPassword = Tenants.choosePassword(t.id(), invited);
        Api member = Tenants.signIn(t.slug(), "member@" + t.slug() + ".example", memberPassword);
        assertThat(member.get("/api/portal/settings").status()).isEqualTo(200);
        assertProblem(member.put("/api/portal/settings", Map.of("retentionDays", 365)), 403, "FORBIDDEN");
        assertProblem(member.delete("/api/portal/account", Map.of("password", memberPassword)), 403, "FORBIDDEN");
        assertProblem(member.delete("/api/portal/account/deletion"), 403, "FORBIDDEN");
        assertProblem(member.post("/api/portal/export", Map.of()), 403, "FORBIDDEN");
        assertProblem(member.get("/api/portal/export"), 403, "FORBIDDEN");
        Api.Reply exported = admin.post("/api/portal/export", Map.of());
        assertThat(exported.status()).as(exported.toString()).isEqualTo(202);
        assertProblem(
                member.get("/api/portal/export/" + exported.json().get("id").asText() + "/zip"), 403, "FORBIDDEN");
    }

    @Test
    @DisplayName("settings: language and optional mails with the retention, checked whole (nothing saved when one"
            + " is wrong); payment receipts turned off are not queued, turned on again they are")
    void settings() {
        Billing.companyReady();
        Tenants.Opened t = Billing.frenchBusiness("priv-set", "fr");
        Api admin = Tenants.signIn(t);
        JsonNode initial = admin.get("/api/portal/settings").json();
        assertThat(initial.get("language").asText()).isEqualTo("fr");
        for (String mail : java.util.List.of("quotaAlerts", "licenseReminders", "paymentReceipts")) {
            assertThat(initial.at("/notifications/" + mail).asBoolean())
                    .as(mail + " on by default")
                    .isTrue();
        }

        Api.Reply wrong = admin.put(
                "/api/portal/settings", Map.of("retentionDays", 30, "language", "de", "notifications", Map.of()));
        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.json().get("violations").findValuesAsText("field")).containsExactly("language");
        assertThat(admin.get("/api/portal/settings").json().get("retentionDays").asInt())
                .as("nothing saved")
                .isEqualTo(90);

        Api.Reply changed = admin.put(
                "/api/portal/settings", Map.of("language", "en", "notifications", Map.of("paymentReceipts", false)));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("language").asText()).isEqualTo("en");
        assertThat(changed.json().get("retentionDays").asInt())
                .as("absent: as it was")
                .isEqualTo(90);
        assertThat(changed.json().at("/notifications/paymentReceipts").asBoolean())
                .isFalse();
        assertThat(changed.json().at("/notifications/quotaAlerts").asBoolean()).isTrue();
        assertThat(OPERATOR.get("/api/admin/tenants/" + t.id())
                        .json()
                        .get("language")
                        .asText())
                .isEqualTo("en");
        assertThat(OPERATOR.get("/api/admin/audit?tenantId=" + t.id() + "&action=notify.preferences.changed")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        String invoice = Billing.id(Billing.draft(t.id(), java.util.List.of(Billing.line("Audit", "1", "10.00"))));
        Billing.issue(invoice);
        String payments = "/api/admin/billing/invoices/" + invoice + "/payments";
        assertThat(OPERATOR.post(payments, Map.of("amount", "5.00", "method", "card"))
                        .status())
                .isEqualTo(201);
        assertThat(mailKinds(t.id())).contains("invoice_issued").doesNotContain("payment_received");

        assertThat(admin.put("/api/portal/settings", Map.of("notifications", Map.of("paymentReceipts", true)))
                        .status())
                .isEqualTo(200);
        assertThat(OPERATOR.post(payments, Map.of("amount", "7.00", "method", "card"))
                        .status())
                .isEqualTo(201);
        assertThat(mailKinds(t.id())).containsOnlyOnce("payment_received");
    }

    private static java.util.List<String> mailKinds(String tenantId) {
        return OPERATOR.get("/api/admin/mail?size=100&tenantId=" + tenantId)
                .json()
                .get("items")
                .findValuesAsText("kind");
    }

    @Test
    @DisplayName("deleting the account: the password confirms it, once; the client and operators see it; it can be"
            + " called off; another tenant sees nothing of it")
    void deletionRequested() {
        Tenants.Opened t = Tenants.open("priv-del");
        Tenants.Opened other = Tenants.open("priv-oth");
        Api admin = Tenants.signIn(t);
        assertProblem(admin.get("/api/portal/account/deletion"), 404, "ERASURE_NOT_FOUND");
        Api.Reply wrong = admin.delete("/api/portal/account", Map.of("password", "not-my-password"));
        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.json().at("/violations/0/field").asText()).isEqualTo("password");
        assertProblem(admin.delete("/api/portal/account", Map.of()), 400, "VALIDATION_FAILED");

        ApiKeys.Created key = ApiKeys.create(t.id());
        ApiKeys.Created othersKey = ApiKeys.create(other.id());
        assertThat(ApiKeys.models(key.secret()).status()).isEqualTo(200);
        Api.Reply asked = admin.delete("/api/portal/account", Map.of("password", t.adminPassword()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(ApiKeys.models(key.secret()).status())
                .as("the keys stop at once")
                .isEqualTo(401);
        assertThat(ApiKeys.models(othersKey.secret()).status())
                .as("another client's keys work")
                .isEqualTo(200);
        assertThat(OPERATOR.get("/api/admin/audit?tenantId=" + t.id() + "&action=privacy.keys.revoked")
                        .json()
                        .at("/items/0/reason")
                        .asText())
                .isEqualTo("1 API keys revoked");
        assertThat(asked.json().get("status").asText()).isEqualTo("pending");
        assertThat(asked.json().get("reason").asText()).isEqualTo("requested");
        Instant due = Instant.parse(asked.json().get("dueAt").asText());
        assertThat(due)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        assertProblem(
                admin.delete("/api/portal/account", Map.of("password", t.adminPassword())),
                409,
                "DELETION_ALREADY_SCHEDULED");
        assertThat(admin.get("/api/portal/account/deletion").json().get("id").asText())
                .isEqualTo(asked.json().get("id").asText());

        JsonNode pending =
                OPERATOR.get("/api/admin/privacy/erasures?tenantId=" + t.id()).json();
        assertThat(pending.get("total").asInt()).isEqualTo(1);
        assertThat(pending.at("/items/0/tenantName").asText()).isEqualTo("Tenant " + t.slug());

        Api stranger = Tenants.signIn(other);
        assertProblem(stranger.get("/api/portal/account/deletion"), 404, "ERASURE_NOT_FOUND");
        assertProblem(stranger.delete("/api/portal/account/deletion"), 404, "ERASURE_NOT_FOUND");
        assertThat(admin.get("/api/portal/account/deletion").status())
                .as("still there")
                .isEqualTo(200);

        Api.Reply calledOff = admin.delete("/api/portal/account/deletion");
        assertThat(calledOff.status()).as(calledOff.toString()).isEqualTo(200);
        assertThat(calledOff.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(OPERATOR.get("/api/admin/privacy/erasures?tenantId=" + t.id())
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        JsonNode all = OPERATOR.get("/api/admin/privacy/erasures?status=all&tenantId=" + t.id())
                .json();
        assertThat(all.at("/items/0/status").asText()).isEqualTo("cancelled");
        assertThat(all.at("/items/0/cancelledBy").asText()).isEqualTo("user:" + t.adminEmail());
        assertProblem(
                OPERATOR.post(
                        "/api/admin/privacy/erasures/"
                                + calledOff.json().get("id").asText() + "/cancel",
                        Map.of("reason", "again")),
                409,
                "ERASURE_NOT_PENDING");
        assertProblem(
                OPERATOR.post("/api/admin/privacy/erasures/no-such-id/cancel", Map.of("reason", "x")),
                404,
                "ERASURE_NOT_FOUND");
        assertProblem(OPERATOR.get("/api/admin/privacy/erasures?status=later"), 400, "VALIDATION_FAILED");
        assertThat(Api.anonymous().get("/api/admin/privacy/erasures").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("31 days after the request the account is gone: no sign-in, keys refused on /v1, the client's name"
            + " and address erased for operators too; an operator can call off another one with a reason")
    void deletionRuns() {
        Tenants.Opened t = Tenants.open("priv-run");
        Api admin = Tenants.signIn(t);
        Api.Reply key = admin.post("/api/portal/api-keys", Map.of("name", "Laptop of " + t.slug()));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String secret = key.json().get("secret").asText();
        assertThat(Api.anonymous()
                        .header("Authorization", "Bearer " + secret)
                        .get("/v1/models")
                        .status())
                .isEqualTo(200);
        admin.delete("/api/portal/account", Map.of("password", t.adminPassword()));

        Tenants.Opened kept = Tenants.open("priv-kept");
        Api keptAdmin = Tenants.signIn(kept);
        String keptErasure = keptAdmin
                .delete("/api/portal/account", Map.of("password", kept.adminPassword()))
                .json()
                .get("id")
                .asText();
        assertProblem(
                OPERATOR.post("/api/admin/privacy/erasures/" + keptErasure + "/cancel", Map.of()),
                400,
                "VALIDATION_FAILED");
        Api.Reply offByOperator = OPERATOR.post(
                "/api/admin/privacy/erasures/" + keptErasure + "/cancel",
                Map.of("reason", "The client called: it stays"));
        assertThat(offByOperator.status()).as(offByOperator.toString()).isEqualTo(200);

        TestClock.shift(Duration.ofDays(31));
        Api.Reply run = OPERATOR.post("/api/admin/privacy/erasures/run", Map.of());
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("done").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode tenant = OPERATOR.get("/api/admin/tenants/" + t.id()).json();
        assertThat(tenant.get("status").asText()).isEqualTo("cancelled");
        assertThat(tenant.hasNonNull("erasedAt")).as(tenant.toString()).isTrue();
        assertThat(tenant.toString()).doesNotContain(t.slug()).doesNotContain(t.adminEmail());
        Api.Reply signIn = Api.withCookies()
                .post(
                        "/api/portal/login",
                        Map.of("tenant", t.slug(), "email", t.adminEmail(), "password", t.adminPassword()));
        assertProblem(signIn, 401, "INVALID_CREDENTIALS");
        Api.Reply v1 =
                Api.anonymous().header("Authorization", "Bearer " + secret).get("/v1/models");
        assertThat(v1.status()).as(v1.toString()).isEqualTo(401);
        assertThat(v1.json().at("/error/code").asText()).isEqualTo("invalid_api_key");
        JsonNode audit = OPERATOR.get("/api/admin/audit?tenantId=" + t.id() + "&size=100")
                .json();
        assertThat(audit.toString()).contains("privacy.erasure.done").doesNotContain(t.adminEmail());

        assertThat(OPERATOR.get("/api/admin/tenants/" + kept.id()).json().hasNonNull("erasedAt"))
                .as("called off by the operator: kept")
                .isFalse();
        assertThat(Tenants.signIn(kept).get("/api/portal/profile").status()).isEqualTo(200);
    }
}
