package fr.guichet.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionRunTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    @DisplayName("what is before the first instant of last month, in the operator's zone, has been invoiced")
    void billedBefore() {
        assertThat(RetentionRun.billedBefore(Instant.parse("2026-03-15T10:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(RetentionRun.billedBefore(Instant.parse("2026-03-31T22:30:00Z"), PARIS))
                .as("already April 1st in Paris")
                .isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(RetentionRun.billedBefore(Instant.parse("2026-01-10T08:00:00Z"), PARIS))
                .as("across the year")
                .isEqualTo(Instant.parse("2025-11-30T23:00:00Z"));
    }
}
