package fr.guichet.limits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private final Reservation reserved = new Reservation("t1", "2026-11", 1_030, new BigDecimal("0.010000"));

    @Test
    @DisplayName("a served call keeps its request and pays its real tokens and cost")
    void served() {
        QuotaSettlement s = reserved.settle(true, 42, new BigDecimal("0.000400"));
        assertThat(s.requests()).isZero();
        assertThat(s.tokens()).isEqualTo(42 - 1_030);
        assertThat(s.costEur()).isEqualByComparingTo("-0.009600");
    }

    @Test
    @DisplayName("a call that used more than reserved pays the difference")
    void overrun() {
        QuotaSettlement s = reserved.settle(true, 2_000, new BigDecimal("0.020000"));
        assertThat(s.tokens()).isEqualTo(970);
        assertThat(s.costEur()).isEqualByComparingTo("0.010000");
    }

    @Test
    @DisplayName("a call no provider served is refunded in full: request, tokens and cost")
    void refunded() {
        QuotaSettlement s = reserved.settle(false, 0, BigDecimal.ZERO);
        assertThat(s.requests()).isEqualTo(-1);
        assertThat(s.tokens()).isEqualTo(-1_030);
        assertThat(s.costEur()).isEqualByComparingTo("-0.010000");
        assertThat(s.isEmpty()).isFalse();
    }

    @Test
    @DisplayName("a settlement that changes nothing is empty; a reservation is never negative")
    void emptyAndNegative() {
        assertThat(new Reservation("t1", "2026-11", 10, BigDecimal.ZERO)
                        .settle(true, 10, BigDecimal.ZERO)
                        .isEmpty())
                .isTrue();
        assertThatThrownBy(() -> new Reservation("t1", "2026-11", -1, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
