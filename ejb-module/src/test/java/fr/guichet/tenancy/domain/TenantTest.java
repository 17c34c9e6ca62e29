package fr.guichet.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Tenant tenant() {
        return new Tenant("ACME", "acme", "IT@Acme.Example ", PARIS, NOW.plus(Duration.ofDays(30)), NOW);
    }

    @Test
    @DisplayName("a new tenant starts in trial, with its e-mail normalised")
    void newTenantIsInTrial() {
        Tenant t = tenant();
        assertThat(t.status()).isEqualTo(TenantStatus.TRIAL);
        assertThat(t.contactEmail()).isEqualTo("it@acme.example");
        assertThat(t.trialEndsAt()).isEqualTo(Instant.parse("2026-12-21T10:00:00Z"));
        assertThat(t.id()).hasSize(36);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ab",
                "-acme",
                "acme-",
                "ac--me",
                "Acme",
                "ac me",
                "acmé",
                "a_b_c",
                "abcdefghijabcdefghijabcdefghijabcdefghijx"
            })
    @DisplayName("a slug outside 3-40 lower-case letters, digits and single inner hyphens is refused")
    void badSlugs(String slug) {
        assertThatThrownBy(() -> new Tenant("ACME", slug, "it@acme.example", PARIS, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("slug");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "acme-2", "a1b", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    @DisplayName("well-formed slugs are accepted as given")
    void goodSlugs(String slug) {
        assertThat(new Tenant("ACME", slug, "it@acme.example", PARIS, null, NOW).slug())
                .isEqualTo(slug);
    }

    @Test
    @DisplayName("every broken field is reported at once")
    void reportsAllViolations() {
        assertThatThrownBy(() -> new Tenant(" ", "acme", "not-an-email", PARIS, null, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactlyInAnyOrder("name", "contactEmail"));
    }

    @Test
    @DisplayName("status moves freely between non-trial states, never back to trial")
    void statusTransitions() {
        Tenant t = tenant();
        t.moveTo(TenantStatus.ACTIVE, NOW);
        t.moveTo(TenantStatus.SUSPENDED, NOW);
        t.moveTo(TenantStatus.CANCELLED, NOW);
        t.moveTo(TenantStatus.ACTIVE, NOW);
        assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThatThrownBy(() -> t.moveTo(TenantStatus.TRIAL, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION));
    }

    @Test
    @DisplayName("status names are read case-insensitively and unknown ones are refused with the allowed list")
    void parseStatus() {
        assertThat(TenantStatus.parse("PAST_DUE", "status")).isEqualTo(TenantStatus.PAST_DUE);
        assertThat(TenantStatus.parse("past_due", "status").wireName()).isEqualTo("past_due");
        assertThatThrownBy(() -> TenantStatus.parse("paused", "status"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("trial, active, past_due, suspended, cancelled");
    }

    @Test
    @DisplayName("the trial end moves (never before the creation) only while in trial")
    void trialExtension() {
        Tenant t = tenant();
        t.extendTrial(NOW.plus(Duration.ofDays(60)), NOW);
        assertThat(t.trialEndsAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
        assertThatThrownBy(() -> t.extendTrial(NOW.minusSeconds(1), NOW)).isInstanceOf(DomainException.class);
        t.extendTrial(NOW, NOW.plusSeconds(5));
        assertThat(t.trialEndsAt()).isEqualTo(NOW);
        t.moveTo(TenantStatus.ACTIVE, NOW);
        assertThatThrownBy(() -> t.extendTrial(NOW.plus(Duration.ofDays(90)), NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("an unknown time zone is refused")
    void timeZone() {
        Tenant t = tenant();
        t.changeTimeZone("America/New_York", NOW);
        assertThat(t.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThatThrownBy(() -> t.changeTimeZone("Mars/Olympus", NOW)).isInstanceOf(DomainException.class);
    }
}
