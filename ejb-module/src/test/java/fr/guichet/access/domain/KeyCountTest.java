package fr.guichet.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyCountTest {

    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    static Instant day(int d) {
        return FROM.plusSeconds((d - 1) * 86_400L);
    }

    @Test
    @DisplayName("a key revoked before the next one is made counts once with it")
    void replacedKeysCountOnce() {
        List<KeyCount.Span> spans = List.of(
                new KeyCount.Span(day(1), day(10)),
                new KeyCount.Span(day(10), day(20)),
                new KeyCount.Span(day(20), null));
        assertThat(KeyCount.most(spans, FROM, TO)).isEqualTo(1);
    }

    @Test
    @DisplayName("keys held together count together, at their peak")
    void peak() {
        List<KeyCount.Span> spans = List.of(
                new KeyCount.Span(day(-30), null),
                new KeyCount.Span(day(5), day(8)),
                new KeyCount.Span(day(7), null),
                new KeyCount.Span(day(9), null));
        assertThat(KeyCount.most(spans, FROM, TO))
                .as("days 7 and 9 onwards: three")
                .isEqualTo(3);
    }

    @Test
    @DisplayName("keys outside the window, or revoked at its start, do not count")
    void outside() {
        List<KeyCount.Span> spans = List.of(
                new KeyCount.Span(day(-30), FROM), new KeyCount.Span(TO, null), new KeyCount.Span(day(-5), day(-1)));
        assertThat(KeyCount.most(spans, FROM, TO)).isZero();
        assertThat(KeyCount.most(List.of(), FROM, TO)).isZero();
    }
}
