package fr.guichet.limits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.limits.domain.QuotaUse.Metric;
import fr.guichet.limits.domain.QuotaUse.Threshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuotaUseTest {

    private static QuotaUse requests(long used, Long limit) {
        return new QuotaUse(true, used, 0, BigDecimal.ZERO, limit, null, null);
    }

    @Test
    @DisplayName("80 % is reached at exactly 80 of 100, not at 79")
    void eightyPercent() {
        assertThat(requests(79, 100L).reached()).isEmpty();
        assertThat(requests(80, 100L).reached()).containsExactly(new Threshold(Metric.REQUESTS, 80));
        assertThat(requests(100, 100L).reached())
                .containsExactly(new Threshold(Metric.REQUESTS, 80), new Threshold(Metric.REQUESTS, 100));
    }

    @Test
    @DisplayName("thresholds are compared without rounding (4 of 5 is 80 %, 3 of 4 is not)")
    void noRounding() {
        assertThat(requests(4, 5L).reached()).containsExactly(new Threshold(Metric.REQUESTS, 80));
        assertThat(requests(3, 4L).reached()).isEmpty();
    }

    @Test
    @DisplayName("no limit, no threshold; tokens and spend have their own")
    void perMetric() {
        assertThat(requests(1_000_000, null).reached()).isEmpty();
        QuotaUse use = new QuotaUse(true, 1, 900, new BigDecimal("1.60"), 100L, 1000L, new BigDecimal("2.00"));
        assertThat(use.reached()).containsExactly(new Threshold(Metric.TOKENS, 80), new Threshold(Metric.SPEND, 80));
    }

    @Test
    @DisplayName("the quota a reservation does not fit in: requests first, then tokens, then spend; none when it fits")
    void exhaustedBy() {
        Reservation call = new Reservation("t1", "2026-11", 300, new BigDecimal("0.50"));
        QuotaUse use = new QuotaUse(false, 10, 800, new BigDecimal("1.60"), 10L, 1000L, new BigDecimal("2.00"));
        assertThat(use.exhaustedBy(call)).isEqualTo(Metric.REQUESTS);
        assertThat(new QuotaUse(false, 9, 800, new BigDecimal("1.60"), 10L, 1000L, new BigDecimal("2.00"))
                        .exhaustedBy(call))
                .isEqualTo(Metric.TOKENS);
        assertThat(new QuotaUse(false, 9, 700, new BigDecimal("1.60"), 10L, 1000L, new BigDecimal("2.00"))
                        .exhaustedBy(call))
                .isEqualTo(Metric.SPEND);
        assertThat(new QuotaUse(false, 9, 700, new BigDecimal("1.50"), 10L, 1000L, new BigDecimal("2.00"))
                        .exhaustedBy(call))
                .isNull();
        assertThat(new QuotaUse(false, 1_000_000, 1_000_000, BigDecimal.TEN, null, null, null).exhaustedBy(call))
                .isNull();
    }
}
