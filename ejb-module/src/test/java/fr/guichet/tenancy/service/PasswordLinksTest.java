package fr.guichet.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordLinksTest {

    @Test
    @DisplayName("a link's life reads as the mail says it, in French and in English")
    void durations() {
        assertThat(PasswordLinks.duration(Duration.ofDays(7), "fr")).isEqualTo("7 jours");
        assertThat(PasswordLinks.duration(Duration.ofDays(1), "en")).isEqualTo("1 day");
        assertThat(PasswordLinks.duration(Duration.ofHours(1), "fr")).isEqualTo("1 heure");
        assertThat(PasswordLinks.duration(Duration.ofHours(48), "en")).isEqualTo("2 days");
        assertThat(PasswordLinks.duration(Duration.ofHours(36), "en")).isEqualTo("36 hours");
        assertThat(PasswordLinks.duration(Duration.ofMinutes(90), "fr")).isEqualTo("90 minutes");
    }

    @Test
    @DisplayName("only a SHA-256 of the token is kept: 64 hex characters, the same for the same token")
    void tokenHash() {
        assertThat(PasswordLinks.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(PasswordLinks.hash("abd")).isNotEqualTo(PasswordLinks.hash("abc"));
    }
}
