package fr.guichet.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LicensedPeriodTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static LicensedPeriod.Part part(long dayOffset, int days, String plan) {
        return new LicensedPeriod.Part(T0.plus(Duration.ofDays(dayOffset)), days, plan);
    }

    @Test
    @DisplayName("one activation gives its days from the moment of activation")
    void single() {
        LicensedPeriod.Span span =
                LicensedPeriod.at(List.of(part(0, 30, "p")), T0.plusSeconds(1)).orElseThrow();
        assertThat(span.startsAt()).isEqualTo(T0);
        assertThat(span.endsAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(span.planId()).isEqualTo("p");
    }

    @Test
    @DisplayName("a second key activated during the access adds its days to the end, and its plan applies")
    void secondKeyExtends() {
        LicensedPeriod.Span span = LicensedPeriod.at(
                        List.of(part(10, 10, "b"), part(0, 30, "a")), T0.plus(Duration.ofDays(11)))
                .orElseThrow();
        assertThat(span.startsAt()).isEqualTo(T0);
        assertThat(span.endsAt()).isEqualTo(T0.plus(Duration.ofDays(40)));
        assertThat(span.planId()).isEqualTo("b");
    }

    @Test
    @DisplayName("a key activated after the access ended starts a new access from its activation")
    void afterAGap() {
        LicensedPeriod.Span span = LicensedPeriod.at(
                        List.of(part(0, 5, "a"), part(20, 7, "a")), T0.plus(Duration.ofDays(21)))
                .orElseThrow();
        assertThat(span.startsAt()).isEqualTo(T0.plus(Duration.ofDays(20)));
        assertThat(span.endsAt()).isEqualTo(T0.plus(Duration.ofDays(27)));
    }

    @Test
    @DisplayName("no access at or after the end (exclusive), nor without activations")
    void ended() {
        List<LicensedPeriod.Part> parts = List.of(part(0, 30, "p"));
        assertThat(LicensedPeriod.at(parts, T0.plus(Duration.ofDays(30)).minusNanos(1)))
                .isPresent();
        assertThat(LicensedPeriod.at(parts, T0.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(LicensedPeriod.at(List.of(), T0)).isEmpty();
    }

    @Test
    @DisplayName("taking a key away (revoked) shortens the access to what the others give")
    void revokedKeyTakenAway() {
        List<LicensedPeriod.Part> both = List.of(part(0, 30, "a"), part(1, 30, "a"));
        List<LicensedPeriod.Part> secondOnly = List.of(part(1, 30, "a"));
        Instant now = T0.plus(Duration.ofDays(2));
        assertThat(LicensedPeriod.at(both, now).orElseThrow().endsAt()).isEqualTo(T0.plus(Duration.ofDays(60)));
        assertThat(LicensedPeriod.at(secondOnly, now).orElseThrow().endsAt()).isEqualTo(T0.plus(Duration.ofDays(31)));
    }

    @Test
    @DisplayName("every span of access is listed: a key activated after the access ended starts a second span")
    void allSpans() {
        var spans = LicensedPeriod.spans(java.util.List.of(part(0, 30, "p"), part(10, 30, "p"), part(100, 30, "q")));
        assertThat(spans)
                .extracting(LicensedPeriod.Span::startsAt, LicensedPeriod.Span::endsAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(T0, T0.plus(Duration.ofDays(60))),
                        org.assertj.core.groups.Tuple.tuple(
                                T0.plus(Duration.ofDays(100)), T0.plus(Duration.ofDays(130))));
        assertThat(LicensedPeriod.spans(java.util.List.of())).isEmpty();
    }
}
