package fr.guichet.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LicenseTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private static License license(Integer days, Integer activations, Instant validFrom, Instant activateBefore) {
        LicenseTerms terms =
                LicenseTerms.of("plan-1", days, activations, " Revendeur ", null, validFrom, activateBefore, NOW);
        return new License("hash", "ABCDE-FGHJK-LMNPQ-RSTUV-WXY23", terms, "batch", "operator:x", NOW);
    }

    @Test
    @DisplayName("a new key has the defaults (30 days, one activation), keeps its last four characters, and is valid")
    void defaults() {
        License l = license(null, null, null, null);
        assertThat(l.durationDays()).isEqualTo(30);
        assertThat(l.maxActivations()).isEqualTo(1);
        assertThat(l.keyHint()).isEqualTo("XY23");
        assertThat(l.reseller()).isEqualTo("Revendeur");
        assertThat(l.checkAt(NOW)).isEqualTo(LicenseCheckCode.VALID);
        assertThat(l.remainingActivations()).isEqualTo(1);
    }

    @Test
    @DisplayName("the codes follow their precedence: revoked beats suspended beats expired beats not-yet-active")
    void precedence() {
        Instant from = NOW.plus(Duration.ofDays(2));
        Instant before = NOW.plus(Duration.ofDays(5));
        License l = license(10, 1, from, before);
        assertThat(l.checkAt(NOW)).isEqualTo(LicenseCheckCode.NOT_YET_ACTIVE);
        assertThat(l.checkAt(from)).isEqualTo(LicenseCheckCode.VALID);
        assertThat(l.checkAt(before)).isEqualTo(LicenseCheckCode.EXPIRED);
        l.suspend("dispute", NOW);
        assertThat(l.checkAt(before)).isEqualTo(LicenseCheckCode.SUSPENDED);
        assertThat(l.grantsAccess()).isFalse();
        l.revoke("refund", NOW);
        assertThat(l.checkAt(before)).isEqualTo(LicenseCheckCode.REVOKED);
        assertThat(l.statusReason()).isEqualTo("refund");
    }

    @Test
    @DisplayName("life cycle: only active keys are suspended, only suspended ones reinstated, revocation is final")
    void lifeCycle() {
        License l = license(null, null, null, null);
        assertThatThrownBy(() -> l.reinstate("x", NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
        l.suspend("x", NOW);
        assertThatThrownBy(() -> l.suspend("x", NOW)).isInstanceOf(DomainException.class);
        l.reinstate("ok", NOW);
        assertThat(l.status()).isEqualTo(LicenseStatus.ACTIVE);
        l.revoke("gone", NOW);
        assertThatThrownBy(() -> l.revoke("again", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> l.extend(5, null, NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.LICENSE_REVOKED);
    }

    @Test
    @DisplayName("extending adds days within ten years and only moves the deadline later")
    void extend() {
        Instant before = NOW.plus(Duration.ofDays(5));
        License l = license(30, 1, null, before);
        l.extend(10, null, NOW);
        assertThat(l.durationDays()).isEqualTo(40);
        l.extend(0, before.plus(Duration.ofDays(1)), NOW);
        assertThat(l.activateBefore()).isEqualTo(before.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> l.extend(0, before, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> l.extend(0, null, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> l.extend(-1, null, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> l.extend(License.MAX_DAYS, null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("terms refuse negative or huge durations, no activations, deadlines in the past or before validFrom")
    void badTerms() {
        assertInvalid(() -> LicenseTerms.of("p", -1, null, null, null, null, null, NOW), "durationDays");
        assertInvalid(() -> LicenseTerms.of("p", 3661, null, null, null, null, null, NOW), "durationDays");
        assertInvalid(() -> LicenseTerms.of("p", null, 0, null, null, null, null, NOW), "maxActivations");
        assertInvalid(() -> LicenseTerms.of(" ", null, null, null, null, null, null, NOW), "planId");
        assertInvalid(() -> LicenseTerms.of("p", null, null, "r".repeat(121), null, null, null, NOW), "reseller");
        assertInvalid(() -> LicenseTerms.of("p", null, null, null, null, null, NOW, NOW), "activateBefore");
        assertInvalid(
                () -> LicenseTerms.of("p", null, null, null, null, NOW.plusSeconds(20), NOW.plusSeconds(10), NOW),
                "activateBefore");
    }

    private static void assertInvalid(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo(field)));
    }
}
