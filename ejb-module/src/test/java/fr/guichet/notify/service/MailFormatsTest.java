package fr.guichet.notify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailFormatsTest {

    @Test
    @DisplayName("a duration (a link's life) reads as the mail says it, in French and in English")
    void durations() {
        assertThat(MailFormats.duration(Duration.ofDays(7), "fr")).isEqualTo("7 jours");
        assertThat(MailFormats.duration(Duration.ofDays(1), "en")).isEqualTo("1 day");
        assertThat(MailFormats.duration(Duration.ofHours(1), "fr")).isEqualTo("1 heure");
        assertThat(MailFormats.duration(Duration.ofHours(48), "en")).isEqualTo("2 days");
        assertThat(MailFormats.duration(Duration.ofHours(36), "en")).isEqualTo("36 hours");
        assertThat(MailFormats.duration(Duration.ofMinutes(90), "fr")).isEqualTo("90 minutes");
    }

    @Test
    @DisplayName("amounts, numbers and dates as each language writes them")
    void amountsAndDates() {
        assertThat(MailFormats.euros(new BigDecimal("1418.8"), "fr")).isEqualTo("1 418,80 €");
        assertThat(MailFormats.euros(new BigDecimal("1418.8"), "en")).isEqualTo("€1,418.80");
        assertThat(MailFormats.number(12500, "fr")).isEqualTo("12 500");
        assertThat(MailFormats.number(12500, "en")).isEqualTo("12,500");
        assertThat(MailFormats.date(LocalDate.of(2026, 12, 31), "fr")).isEqualTo("31/12/2026");
        assertThat(MailFormats.date(LocalDate.of(2026, 12, 31), "en")).isEqualTo("2026-12-31");
    }
}
