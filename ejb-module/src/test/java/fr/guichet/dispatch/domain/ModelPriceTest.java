package fr.guichet.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelPriceTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

    private static ModelPrice price(String in, String out, Instant from) {
        return new ModelPrice("m", new BigDecimal(in), new BigDecimal(out), from, from);
    }

    @Test
    @DisplayName("the price in force at an instant is the latest that took effect by then")
    void inForceAt() {
        List<ModelPrice> history = List.of(price("3", "4", JUN), price("1", "2", JAN), price("5", "6", DEC));
        assertThat(PriceHistory.inForceAt(history, JAN.minusSeconds(1))).isEmpty();
        assertThat(PriceHistory.inForceAt(history, JAN))
                .hasValueSatisfying(p -> assertThat(p.inputPerMillion()).isEqualByComparingTo("1"));
        assertThat(PriceHistory.inForceAt(history, JUN.minusNanos(1000)))
                .hasValueSatisfying(p -> assertThat(p.outputPerMillion()).isEqualByComparingTo("2"));
        assertThat(PriceHistory.inForceAt(history, JUN.plus(Duration.ofDays(10))))
                .hasValueSatisfying(p -> assertThat(p.inputPerMillion()).isEqualByComparingTo("3"));
        assertThat(PriceHistory.inForceAt(history, DEC.plusSeconds(1)))
                .hasValueSatisfying(p -> assertThat(p.inputPerMillion()).isEqualByComparingTo("5"));
    }

    @Test
    @DisplayName("prices are kept with exactly 6 decimals; trailing zeros beyond them are fine")
    void scale() {
        ModelPrice p = price("0.15", "0.600000000", JAN);
        assertThat(p.inputPerMillion()).isEqualTo(new BigDecimal("0.150000"));
        assertThat(p.outputPerMillion()).isEqualTo(new BigDecimal("0.600000"));
        assertThat(price("0", "0", JAN).inputPerMillion()).isEqualTo(new BigDecimal("0.000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.000001", "0.0000001", "1000000.000001", "1e7"})
    @DisplayName("a negative price, more than 6 decimals or more than a million EUR is refused")
    void badPrices(String value) {
        assertThatThrownBy(() -> price(value, "1", JAN))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("inputPerMillion"));
    }

    @Test
    @DisplayName("a price never takes effect in the past, and both prices are required")
    void notInThePast() {
        assertThatThrownBy(() -> new ModelPrice("m", BigDecimal.ONE, BigDecimal.ONE, JAN, JUN))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("effectiveFrom"));
        assertThatThrownBy(() -> new ModelPrice("m", null, null, JUN, JUN))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("inputPerMillion", "outputPerMillion"));
        assertThat(new ModelPrice("m", BigDecimal.ONE, BigDecimal.ONE, null, JUN).effectiveFrom())
                .isEqualTo(JUN);
    }
}
