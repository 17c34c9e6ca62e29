package fr.guichet.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    @DisplayName("an erasure is due from its instant on, while pending; called off, it never is")
    void dueWhilePending() {
        Erasure e = new Erasure("t1", ErasureReason.CANCELLED, "system", NOW.plus(Duration.ofDays(30)), NOW);
        assertThat(e.dueAt(NOW.plus(Duration.ofDays(29)))).isFalse();
        assertThat(e.dueAt(NOW.plus(Duration.ofDays(30)))).isTrue();
        assertThat(e.cancel("user:a@b.example", NOW)).isTrue();
        assertThat(e.cancel("user:a@b.example", NOW)).as("once").isFalse();
        assertThat(e.dueAt(NOW.plus(Duration.ofDays(31)))).isFalse();
    }

    @Test
    @DisplayName("a done erasure cannot be called off")
    void doneIsFinal() {
        Erasure e = new Erasure("t1", ErasureReason.REQUESTED, "user:a@b.example", NOW, NOW);
        e.done(NOW);
        assertThat(e.pending()).isFalse();
        assertThat(e.cancel("operator:o@g.example", NOW)).isFalse();
    }

    @Test
    @DisplayName("a retention is 30, 90, 180 or 365 days, nothing else")
    void retentions() {
        PrivacySettings s = new PrivacySettings("t1", 90, NOW);
        s.changeRetention(365, NOW);
        assertThat(s.retentionDays()).isEqualTo(365);
        for (int wrong : new int[] {0, -30, 31, 366}) {
            assertThatThrownBy(() -> s.changeRetention(wrong, NOW))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("30, 90, 180 or 365");
        }
        assertThat(s.retentionDays()).isEqualTo(365);
    }
}
