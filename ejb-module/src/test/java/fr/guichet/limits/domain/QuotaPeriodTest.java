package fr.guichet.limits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuotaPeriodTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    @DisplayName("a period is the calendar month of the tenant's zone, not of UTC")
    void monthOfTheZone() {
        Instant lateOctoberUtc = Instant.parse("2026-10-31T23:30:00Z");
        assertThat(QuotaPeriod.containing(lateOctoberUtc, PARIS).key()).isEqualTo("2026-11");
        assertThat(QuotaPeriod.containing(lateOctoberUtc, NEW_YORK).key()).isEqualTo("2026-10");
        assertThat(QuotaPeriod.containing(Instant.parse("2026-10-31T11:00:00Z"), AUCKLAND)
                        .key())
                .isEqualTo("2026-11");
    }

    @Test
    @DisplayName("boundaries: the first instant belongs to the new month, the one before to the old")
    void boundaries() {
        QuotaPeriod november = QuotaPeriod.containing(Instant.parse("2026-11-15T12:00:00Z"), PARIS);
        // Paris is UTC+1 in November (winter time since 25 October 2026).
        assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(november.resetsAt()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(QuotaPeriod.containing(november.resetsAt(), PARIS).key()).isEqualTo("2026-12");
        assertThat(QuotaPeriod.containing(november.resetsAt().minusNanos(1), PARIS)
                        .key())
                .isEqualTo("2026-11");
        assertThat(QuotaPeriod.containing(november.start().minusNanos(1), PARIS).key())
                .isEqualTo("2026-10");
    }

    @Test
    @DisplayName("months roll over on their own, across a daylight-saving change and the year's end")
    void rollover() {
        QuotaPeriod march = QuotaPeriod.containing(Instant.parse("2027-03-10T00:00:00Z"), PARIS);
        // Summer time starts on 28 March 2027: April starts at 22:00 UTC, not 23:00.
        assertThat(march.resetsAt()).isEqualTo(Instant.parse("2027-03-31T22:00:00Z"));
        QuotaPeriod december = QuotaPeriod.containing(Instant.parse("2026-12-31T22:59:59Z"), PARIS);
        assertThat(december.key()).isEqualTo("2026-12");
        assertThat(QuotaPeriod.containing(december.resetsAt(), PARIS).key()).isEqualTo("2027-01");
    }
}
