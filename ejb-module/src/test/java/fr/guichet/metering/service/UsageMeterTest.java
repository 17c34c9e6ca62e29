package fr.guichet.metering.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.metering.domain.TokenCount;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageMeterTest {

    private static Optional<PriceBook.Price> price(String input, String output) {
        return Optional.of(new PriceBook.Price(new BigDecimal(input), new BigDecimal(output)));
    }

    private static TokenCount reported(long input, long output) {
        return new TokenCount(input, output, false);
    }

    @Test
    @DisplayName("a call costs its tokens at the price per million, rounded half-up to 6 decimals")
    void cost() {
        // 1234 × 0.138 + 567 × 0.552 = 170.292 + 312.984 = 483.276 → per million: 0.000483276 → 0.000483
        assertThat(UsageMeter.cost(price("0.138000", "0.552000"), reported(1234, 567)))
                .isEqualByComparingTo("0.000483")
                .hasScaleOf(6);
        // 1 × 2.5 + 1 × 10 = 12.5 → 0.0000125 → 0.000013 (half-up)
        assertThat(UsageMeter.cost(price("2.5", "10"), reported(1, 1))).isEqualByComparingTo("0.000013");
    }

    @Test
    @DisplayName("an unpriced model costs nothing")
    void free() {
        assertThat(UsageMeter.cost(Optional.empty(), reported(1000, 1000))).isZero();
    }
}
