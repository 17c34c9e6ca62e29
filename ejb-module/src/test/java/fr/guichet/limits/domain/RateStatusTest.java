package fr.guichet.limits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateStatusTest {

    @Test
    @DisplayName("durations are written as OpenAI writes them in x-ratelimit-reset-*")
    void openAiFormat() {
        assertThat(RateStatus.openAiDuration(Duration.ZERO)).isEqualTo("0s");
        assertThat(RateStatus.openAiDuration(Duration.ofMillis(20))).isEqualTo("20ms");
        assertThat(RateStatus.openAiDuration(Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(RateStatus.openAiDuration(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(RateStatus.openAiDuration(Duration.ofMinutes(6))).isEqualTo("6m0s");
        assertThat(RateStatus.openAiDuration(Duration.ofSeconds(3723))).isEqualTo("1h2m3s");
    }

    @Test
    @DisplayName("Retry-After rounds up to whole seconds, and is at least 1")
    void retryAfter() {
        assertThat(new RateStatus(false, 5, 0, 0, 12_000_000_001L).retryAfterSeconds())
                .isEqualTo(13);
        assertThat(new RateStatus(false, 5, 0, 0, 1).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateStatus(false, 5, 0, 0, 12_000_000_000L).retryAfterSeconds())
                .isEqualTo(12);
    }
}
