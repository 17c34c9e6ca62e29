package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.dispatch.provider.Usage;
import fr.guichet.dispatch.service.PriceView;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageMeterTest {

    private static PriceView price(String input, String output) {
        return new PriceView(new BigDecimal(input), new BigDecimal(output), Instant.EPOCH);
    }

    @Test
    @DisplayName("a call costs its tokens at the price per million, rounded half-up to 6 decimals")
    void cost() {
        // 1234 × 0.138 + 567 × 0.552 = 170.292 + 312.984 = 483.276 → per million: 0.000483276 → 0.000483
        assertThat(UsageMeter.cost(price("0.138000", "0.552000"), Usage.reported(1234, 567)))
                .isEqualByComparingTo("0.000483")
                .hasScaleOf(6);
        // 1 × 2.5 + 1 × 10 = 12.5 → 0.0000125 → 0.000013 (half-up)
        assertThat(UsageMeter.cost(price("2.5", "10"), Usage.reported(1, 1))).isEqualByComparingTo("0.000013");
    }

    @Test
    @DisplayName("an unpriced model costs nothing")
    void free() {
        assertThat(UsageMeter.cost(null, Usage.reported(1000, 1000))).isZero();
    }
}
