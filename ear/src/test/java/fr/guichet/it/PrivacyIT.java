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
        JsonNode settings = admin.get("/api/portal/privacy/settings").json();
        assertThat(settings.get("retentionDays").asInt()).isEqualTo(90);
        assertThat(settings.get("allowedRetentionDays").toString()).isEqualTo("[30,90,180,365]");

        Api.Reply changed = admin.put("/api/portal/privacy/settings", Map.of("retentionDays", 30));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(admin.get("/api/portal/privacy/settings")
                        .json()
                        .get("retentionDays")
                        .asInt())
                .isEqualTo(30);
        Api.Reply odd = admin.put("/api/portal/privacy/settings", Map.of("retentionDays", 45));
        assertProblem(odd, 400, "VALIDATION_FAILED");
        assertThat(odd.json().at("/violations/0/field").asText()).isEqualTo("retentionDays");
        assertProblem(admin.put("/api/portal/privacy/settings", Map.of()), 400, "VALIDATION_FAILED");

        Api.Reply invited = admin.post("/api/portal/users", Map.of("email", "member@" + t.slug() + ".example"));
        String memberPassword = Tenants.choosePassword(t.id(), invited);
        Api member = Tenants.signIn(t.slug(), "member@" + t.slug() + ".example", memberPassword);
        assertThat(member.get("/api/portal/privacy/settings").status()).isEqualTo(200);
        assertProblem(member.put("/api/portal/privacy/settings", Map.of("retentionDays", 365)), 403, "FORBIDDEN");
        assertProblem(
                member.post("/api/portal/privacy/deletion", Map.of("password", memberPassword)), 403, "FORBIDDEN");
        assertProblem(member.delete("/api/portal/privacy/deletion"), 403, "FORBIDDEN");
        assertProblem(member.post("/api/portal/privacy/exports", Map.of()), 403, "FORBIDDEN");
        assertProblem(member.get("/api/portal/privacy/exports"), 403, "FORBIDDEN");
        Api.Reply exported = admin.post("/api/portal/privacy/exports", Map.of());
        assertThat(exported.status()).as(exported.toString()).isEqualTo(202);
        assertProblem(
                member.get("/api/portal/privacy/exports/"
                        + exported.json().get("id").asText() + "/zip"),
                403,
                "FORBIDDEN");
    }

    @Test
    @DisplayName("deleting the account: the password confirms it, once; the client and operators see it; it can be"
            + " called off; another tenant sees nothing of it")
    void deletionRequested() {
        Tenants.Opened t = Tenants.open("priv-del");
        Tenants.Opened other = Tenants.open("priv-oth");
        Api admin = Tenants.signIn(t);
        assertProblem(admin.get("/api/portal/privacy/deletion"), 404, "ERASURE_NOT_FOUND");
        Api.Reply wrong = admin.post("/api/portal/privacy/deletion", Map.of("password", "not-my-password"));
        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.json().at("/violations/0/field").asText()).isEqualTo("password");
        assertProblem(admin.post("/api/portal/privacy/deletion", Map.of()), 400, "VALIDATION_FAILED");

        Api.Reply asked = admin.post("/api/portal/privacy/deletion", Map.of("password", t.adminPassword()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("status").asText()).isEqualTo("pending");
        assertThat(asked.json().get("reason").asText()).isEqualTo("requested");
        Instant due = Instant.parse(asked.json().get("dueAt").asText());
        assertThat(due)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        assertProblem(
                admin.post("/api/portal/privacy/deletion", Map.of("password", t.adminPassword())),
                409,
                "DELETION_ALREADY_SCHEDULED");
        assertThat(admin.get("/api/portal/privacy/deletion").json().get("id").asText())
                .isEqualTo(asked.json().get("id").asText());

        JsonNode pending =
                OPERATOR.get("/api/admin/privacy/erasures?tenantId=" + t.id()).json();
        assertThat(pending.get("total").asInt()).isEqualTo(1);
        assertThat(pending.at("/items/0/tenantName").asText()).isEqualTo("Tenant " + t.slug());

        Api stranger = Tenants.signIn(other);
        assertProblem(stranger.get("/api/portal/privacy/deletion"), 404, "ERASURE_NOT_FOUND");
        assertProblem(stranger.delete("/api/portal/privacy/deletion"), 404, "ERASURE_NOT_FOUND");
        assertThat(admin.get("/api/portal/privacy/deletion").status())
                .as("still there")
                .isEqualTo(200);

        Api.Reply calledOff = admin.delete("/api/portal/privacy/deletion");
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
        admin.post("/api/portal/privacy/deletion", Map.of("password", t.adminPassword()));

        Tenants.Opened kept = Tenants.open("priv-kept");
        Api keptAdmin = Tenants.signIn(kept);
        String keptErasure = keptAdmin
                .post("/api/portal/privacy/deletion", Map.of("password", kept.adminPassword()))
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
