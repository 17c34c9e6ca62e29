package fr.guichet.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lifecycle of a key, with time fixed by a Clock and moved by hand. */
class ApiKeyTest {

    private static final Duration GRACE = Duration.ofHours(24);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final Instant now = clock.instant();
    private final SecureRandom random = new SecureRandom();

    private ApiKey key(Instant expiresAt) {
        ApiKeySecret secret = ApiKeySecret.generate(random);
        return new ApiKey(
                "tenant-1",
                " CI pipeline ",
                secret,
                "hash-" + secret.last4(),
                expiresAt,
                List.of("gpt-4o-mini"),
                "user-1",
                now);
    }

    @Test
    @DisplayName("a new key is active, keeps the visible parts of its secret and a trimmed name")
    void fresh() {
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey key = new ApiKey("tenant-1", " CI ", secret, "h", null, null, null, now);

        assertThat(key.statusAt(now)).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(key.name()).isEqualTo("CI");
        assertThat(key.prefix()).isEqualTo(secret.prefix()).hasSize(12);
        assertThat(key.last4()).isEqualTo(secret.last4());
        assertThat(key.statusAt(now.plus(Duration.ofDays(3650)))).isEqualTo(ApiKeyStatus.ACTIVE);
    }

    @Test
    @DisplayName("a key with an expiry works until that instant and is expired from it on")
    void expiry() {
        ApiKey key = key(now.plusSeconds(60));

        assertThat(key.statusAt(now.plusSeconds(59))).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(key.statusAt(now.plusSeconds(60))).isEqualTo(ApiKeyStatus.EXPIRED);
        assertThat(key.statusAt(now.plusSeconds(60)).authenticates()).isFalse();
    }

    @Test
    @DisplayName("an expiry now or in the past, a blank or 81-character name are violations")
    void invalid() {
        ApiKeySecret secret = ApiKeySecret.generate(random);
        assertThatThrownBy(() -> new ApiKey("t", "n", secret, "h", now, null, null, now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("expiresAt");
        assertThatThrownBy(() -> new ApiKey("t", "n", secret, "h", now.minusSeconds(1), null, null, now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("must be in the future");
        assertThatThrownBy(() -> new ApiKey("t", " ", secret, "h", null, null, null, now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new ApiKey("t", "x".repeat(81), secret, "h", null, null, null, now))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("name");
        assertThat(new ApiKey("t", "x".repeat(80), secret, "h", null, null, null, now).name())
                .hasSize(80);
    }

    @Test
    @DisplayName("a blank name, a past expiry and a bad model id are reported together")
    void allAtOnce() {
        assertThatThrownBy(() -> new ApiKey(
                        "t",
                        "",
                        ApiKeySecret.generate(random),
                        "h",
                        now.minusSeconds(1),
                        List.of("ok", "a,b"),
                        null,
                        now))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("name", "expiresAt", "allowedModels[1]"));
    }

    @Test
    @DisplayName("revoking stops the key at once, for good; revoking again keeps the first instant")
    void revoke() {
        ApiKey key = key(null);
        key.revoke(now);
        key.revoke(now.plusSeconds(5));

        assertThat(key.statusAt(now)).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(key.revokedAt()).isEqualTo(now);
        assertThat(key.statusAt(now.plus(Duration.ofDays(1))).authenticates()).isFalse();
    }

    @Test
    @DisplayName(
            "rotating gives a successor with the same name, expiry and models; the old key works until the grace ends")
    void rotate() {
        ApiKey old = key(now.plus(Duration.ofDays(30)));
        ApiKey successor = old.rotate(ApiKeySecret.generate(random), "new-hash", "user-2", GRACE, now);

        assertThat(successor.id()).isNotEqualTo(old.id());
        assertThat(successor.name()).isEqualTo(old.name());
        assertThat(successor.expiresAt()).isEqualTo(old.expiresAt());
        assertThat(successor.allowedModels()).isEqualTo(old.allowedModels());
        assertThat(successor.createdBy()).isEqualTo("user-2");
        assertThat(successor.statusAt(now)).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(old.rotatedTo()).isEqualTo(successor.id());
        assertThat(old.graceUntil()).isEqualTo(now.plus(GRACE));
        assertThat(old.statusAt(now)).isEqualTo(ApiKeyStatus.ROTATING);
        assertThat(old.statusAt(now.plus(GRACE).minusMillis(1)).authenticates()).isTrue();
        assertThat(old.statusAt(now.plus(GRACE))).isEqualTo(ApiKeyStatus.EXPIRED);
        assertThat(successor.statusAt(now.plus(GRACE))).isEqualTo(ApiKeyStatus.ACTIVE);
    }

    @Test
    @DisplayName("the grace never outlives the key's own expiry; revoking a rotating key ends its grace")
    void graceBounded() {
        ApiKey old = key(now.plus(Duration.ofHours(1)));
        old.rotate(ApiKeySecret.generate(random), "h2", null, GRACE, now);
        assertThat(old.statusAt(now.plus(Duration.ofHours(1)))).isEqualTo(ApiKeyStatus.EXPIRED);

        ApiKey other = key(null);
        other.rotate(ApiKeySecret.generate(random), "h3", null, GRACE, now);
        other.revoke(now.plusSeconds(1));
        assertThat(other.statusAt(now.plusSeconds(1))).isEqualTo(ApiKeyStatus.REVOKED);
    }

    @Test
    @DisplayName("only an active key can be rotated: rotating, revoked or expired keys are a conflict")
    void rotateOnlyActive() {
        ApiKey rotating = key(null);
        rotating.rotate(ApiKeySecret.generate(random), "h2", null, GRACE, now);
        ApiKey revoked = key(null);
        revoked.revoke(now);
        ApiKey expiring = key(now.plusSeconds(1));

        for (var attempt : List.<Runnable>of(
                () -> rotating.rotate(ApiKeySecret.generate(random), "x", null, GRACE, now),
                () -> revoked.rotate(ApiKeySecret.generate(random), "y", null, GRACE, now),
                () -> expiring.rotate(ApiKeySecret.generate(random), "z", null, GRACE, now.plusSeconds(1)))) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.API_KEY_NOT_ACTIVE));
        }
    }

    @Test
    @DisplayName("a zero grace stops the old key at the instant of rotation")
    void zeroGrace() {
        ApiKey old = key(null);
        old.rotate(ApiKeySecret.generate(random), "h2", null, Duration.ZERO, now);
        assertThat(old.statusAt(now)).isEqualTo(ApiKeyStatus.EXPIRED);
    }
}
