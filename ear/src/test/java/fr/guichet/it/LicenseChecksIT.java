package fr.guichet.it;

import static fr.guichet.it.Licenses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Checking keys, and what stands in the way of guessing them: the check codes, the per-address and per-user
 * limits, and the block of an address that presents too many unknown keys. Each test calls from an address of its
 * own (127.0.0.x), so that the limits of one do not touch the others.
 */
class LicenseChecksIT {

    private static final String CHECKS = "127.0.0.31";
    private static final String GUESSER = "127.0.0.32";
    private static final String HAMMER = "127.0.0.33";

    @BeforeEach
    void liftEarlierBlocks() {
        // A block written by an earlier run on the same database outlives the server.
        for (String address : new String[] {CHECKS, GUESSER, HAMMER}) {
            Api.operator()
                    .post("/api/admin/address-blocks/license:" + address + "/lift", Map.of("reason", "test set-up"));
        }
    }

    private static JsonNode check(String from, String key) {
        RawHttp.Answer answer = RawHttp.postFrom(from, "/api/licenses/check", Api.write(Map.of("key", key)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        try {
            return Api.JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName(
            "check answers each code: VALID with the plan, NOT_FOUND, MALFORMED for a typo, REVOKED, SUSPENDED, NOT_YET_ACTIVE, MAX_ACTIVATIONS_REACHED")
    void checkCodes() {
        String plan = Licenses.plan();
        Instant deadline = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Licenses.Generated valid = Licenses.one(
                plan, Map.of("durationDays", 45, "maxActivations", 2, "activateBefore", deadline.toString()));
        JsonNode ok = check(CHECKS, valid.key());
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("code").asText()).isEqualTo("VALID");
        assertThat(ok.get("plan").asText()).startsWith("Licensed ");
        assertThat(ok.get("planId").asText()).isEqualTo(plan);
        assertThat(ok.get("durationDays").asInt()).isEqualTo(45);
        assertThat(Instant.parse(ok.get("expiresAt").asText())).isEqualTo(deadline);
        assertThat(ok.get("remainingActivations").asInt()).isEqualTo(2);

        char c = valid.key().charAt(0);
        String typo = (c == 'A' ? 'B' : 'A') + valid.key().substring(1);
        JsonNode malformed = check(CHECKS, typo);
        assertThat(malformed.get("valid").asBoolean()).isFalse();
        assertThat(malformed.get("code").asText()).isEqualTo("MALFORMED");
        for (String field : new String[] {"plan", "planId", "durationDays", "expiresAt", "remainingActivations"}) {
            assertThat(malformed.has(field))
                    .as("every field is present: " + field)
                    .isTrue();
            assertThat(malformed.get(field).isNull())
                    .as("nothing more than the code: " + field)
                    .isTrue();
        }
        assertThat(check(CHECKS, "hello").get("code").asText()).isEqualTo("MALFORMED");
        Licenses.Generated other = Licenses.one(plan);
        Licenses.move(other.id(), "revoke", Map.of("reason", "Refunded"));
        assertThat(check(CHECKS, other.key()).get("code").asText()).isEqualTo("REVOKED");

        Licenses.Generated suspended = Licenses.one(plan);
        Licenses.move(suspended.id(), "suspend", Map.of("reason", "Dispute"));
        assertThat(check(CHECKS, suspended.key()).get("code").asText()).isEqualTo("SUSPENDED");

        Licenses.Generated later = Licenses.one(
                plan, Map.of("validFrom", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(check(CHECKS, later.key()).get("code").asText()).isEqualTo("NOT_YET_ACTIVE");
        Api portal = Tenants.signIn(Tenants.open("lic-check"));
        assertProblem(Licenses.activate(portal, later.key()), 409, "LICENSE_NOT_YET_ACTIVE");
        assertProblem(Licenses.activate(portal, suspended.key()), 409, "LICENSE_SUSPENDED");
        assertProblem(Licenses.activate(portal, other.key()), 409, "LICENSE_REVOKED");
        assertProblem(Licenses.activate(portal, typo), 400, "LICENSE_KEY_MALFORMED");

        Licenses.Generated single = Licenses.one(plan);
        assertThat(Licenses.activate(portal, single.key()).status()).isEqualTo(201);
        JsonNode used = check(CHECKS, single.key());
        assertThat(used.get("code").asText()).isEqualTo("MAX_ACTIVATIONS_REACHED");
        assertThat(used.get("remainingActivations").asInt()).isZero();
    }

    @Test
    @DisplayName("a well-formed key that was never issued is NOT_FOUND, and 404 license_not_found on activation")
    void unknownKey() {
        String neverIssued =
                LicenseKeys.wellFormedUnknown(Licenses.one(Licenses.plan()).key());
        assertThat(check(CHECKS, neverIssued).get("code").asText()).isEqualTo("NOT_FOUND");
        assertProblem(
                Licenses.activate(Tenants.signIn(Tenants.open("lic-unk")), neverIssued), 404, "LICENSE_NOT_FOUND");
    }

    @Test
    @DisplayName(
            "an address presenting 10 unknown keys is blocked (429, Retry-After) for licenses only, listed, and an operator lifts it")
    void unknownKeysBlockTheAddress() {
        String valid = Licenses.one(Licenses.plan()).key();
        for (int i = 0; i < 10; i++) {
            assertThat(check(GUESSER, LicenseKeys.wellFormedUnknown(valid))
                            .get("code")
                            .asText())
                    .isEqualTo("NOT_FOUND");
        }
        RawHttp.Answer blocked = RawHttp.postFrom(GUESSER, "/api/licenses/check", Api.write(Map.of("key", valid)));
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(429);
        assertThat(blocked.headers().toLowerCase()).contains("retry-after:");
        assertThat(blocked.body()).contains("TOO_MANY_ATTEMPTS");
        assertThat(check(CHECKS, valid).get("code").asText())
                .as("other addresses go on")
                .isEqualTo("VALID");

        Tenants.Opened t = Tenants.open("lic-guess");
        ApiKeys.Created apiKey = ApiKeys.create(t.id());
        assertThat(RawHttp.getFrom(GUESSER, "/v1/models", apiKey.secret()).status())
                .as("the address's /v1 calls are not blocked")
                .isEqualTo(200);

        Api.Reply blocks = Api.operator().get("/api/admin/address-blocks?size=100");
        assertThat(blocks.raw()).contains("license:" + GUESSER);
        Api.Reply lifted = Api.operator()
                .post(
                        "/api/admin/address-blocks/license:" + GUESSER + "/lift",
                        Map.of("reason", "Our reseller's shop"));
        assertThat(lifted.status()).as(lifted.toString()).isIn(200, 204);
        assertThat(check(GUESSER, valid).get("code").asText()).isEqualTo("VALID");
        assertThat(Licenses.audit("address.blocked"))
                .anySatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo("address:license:" + GUESSER));
    }

    @Test
    @DisplayName("checks are limited per address (200 a minute on the test server) and activations per user (10)")
    void rateLimits() {
        String key = Licenses.one(Licenses.plan()).key();
        int passed = 0;
        RawHttp.Answer last = null;
        long started = System.nanoTime();
        while (passed < 400) {
            last = RawHttp.postFrom(HAMMER, "/api/licenses/check", Api.write(Map.of("key", key)));
            if (last.status() != 200) {
                break;
            }
            passed++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // 200 at once, then the bucket refills at 200 a minute while the calls go on.
        assertThat(passed).isBetween(200, 200 + (int) Math.ceil(seconds * 200 / 60) + 1);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers().toLowerCase()).contains("retry-after:");

        Api portal = Tenants.signIn(Tenants.open("lic-user"));
        String mine = Licenses.one(Licenses.plan()).key();
        assertThat(Licenses.activate(portal, mine).status()).isEqualTo(201);
        for (int i = 0; i < 9; i++) {
            assertProblem(Licenses.activate(portal, mine), 409, "LICENSE_ALREADY_ACTIVATED");
        }
        Api.Reply limited = Licenses.activate(portal, mine);
        assertProblem(limited, 429, "TOO_MANY_ATTEMPTS");
        assertThat(limited.header("Retry-After")).isNotBlank();
    }
}
