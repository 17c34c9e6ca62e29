package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Licensed access ends by itself: the persistent timer (every minute) warns the tenant 7 days before the end and
 * ends the access once it is over. The test moves the server's clock (the test server allows it) and waits for
 * the timer.
 */
class LicenseExpiryIT {

    private static final Duration TIMER = Duration.ofSeconds(150);

    @AfterEach
    void resetClock() {
        shiftClock(Duration.ZERO);
    }

    private static void shiftClock(Duration by) {
        TestClock.shift(by);
    }

    @Test
    @DisplayName(
            "a tenant is warned 7 days before its licensed access ends, then goes back to its trial (402) when it has")
    void accessExpires() {
        String plan = Licenses.plan();
        Tenants.Opened t = Tenants.open("lic-exp");
        ApiKeys.Created apiKey = ApiKeys.create(t.id());
        Licenses.Generated g = Licenses.one(plan, Map.of("durationDays", 30));
        assertThat(Licenses.activate(Tenants.signIn(t), g.key()).status()).isEqualTo(201);
        assertThat(Licenses.tenant(t.id()).get("status").asText()).isEqualTo("active");

        shiftClock(Duration.ofDays(24));
        await().atMost(TIMER)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(Licenses.alerts(t.id()))
                        .extracting(a -> a.get("kind").asText())
                        .contains("license_expiring"));
        assertThat(Licenses.tenant(t.id()).get("status").asText())
                .as("still licensed")
                .isEqualTo("active");
        assertThat(Api.operator()
                        .get("/api/admin/mail?tenantId=" + t.id())
                        .json()
                        .get("items")
                        .findValuesAsText("kind"))
                .as("the tenant is mailed too (its admin was welcomed when it opened)")
                .containsExactlyInAnyOrder("license_ending", "welcome");
        assertThat(ApiKeys.models(apiKey.secret()).status()).isEqualTo(200);

        shiftClock(Duration.ofDays(31));
        await().atMost(TIMER)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(
                        () -> assertThat(Licenses.tenant(t.id()).get("status").asText())
                                .isEqualTo("trial"));
        JsonNode tenant = Licenses.tenant(t.id());
        assertThat(tenant.has("planId") && !tenant.get("planId").isNull())
                .as("back to no plan")
                .isFalse();
        ApiKeys.assertOpenAiError(
                ApiKeys.models(apiKey.secret()), 402, "invalid_request_error", "subscription_required");
        assertThat(Licenses.alerts(t.id()))
                .extracting(a -> a.get("kind").asText())
                .containsOnlyOnce("license_expiring")
                .contains("license_ended");
        assertThat(Licenses.audit("license.access_ended")).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("system");
            assertThat(e.get("tenantId").asText()).isEqualTo(t.id());
        });
        JsonNode access = Api.operator()
                .get("/api/admin/tenants/" + t.id() + "/license")
                .json()
                .get("access");
        assertThat(access == null || access.isNull()).as("no access in force").isTrue();
    }

    @Test
    @DisplayName("a key past its activateBefore date checks EXPIRED and is refused with 409 license_expired")
    void keyPastItsDeadline() {
        Licenses.Generated g = Licenses.one(
                Licenses.plan(),
                Map.of("activateBefore", Instant.now().plus(Duration.ofDays(1)).toString()));
        Api portal = Tenants.signIn(Tenants.open("lic-late"));
        shiftClock(Duration.ofDays(2));
        JsonNode check = Api.anonymous()
                .post("/api/licenses/check", Map.of("key", g.key()))
                .json();
        assertThat(check.get("valid").asBoolean()).isFalse();
        assertThat(check.get("code").asText()).isEqualTo("EXPIRED");
        Licenses.assertProblem(Licenses.activate(portal, g.key()), 409, "LICENSE_EXPIRED");
        assertThat(Licenses.license(g.id()).get("state").asText()).isEqualTo("expired");
        assertThat(Api.operator()
                        .get("/api/admin/licenses?status=expired&planId=" + g.planId())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }
}
