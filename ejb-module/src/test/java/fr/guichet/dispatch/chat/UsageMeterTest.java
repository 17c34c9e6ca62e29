package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.dispatch.service.PriceView;
import fr.guichet.dispatch.service.ProviderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageMeterTest {

    private static Target target(String input, String output) {
        ProviderView provider = new ProviderView("p1", ProviderKind.OPENAI_COMPATIBLE, "OpenAI", "http://x/v1",
                List.of("gpt-4o-mini"), true, Instant.EPOCH, Instant.EPOCH);
        PriceView price = input == null ? null
                : new PriceView(new BigDecimal(input), new BigDecimal(output), Instant.EPOCH);
        return new Target(provider, "gpt-4o-mini", price);
    }

    @Test
    @DisplayName("a call costs its tokens at the price per million, rounded half-up to 6 decimals")
    void cost() {
        // 1234 × 0.138 + 567 × 0.552 = 170.292 + 312.984 = 483.276 → per million: 0.000483276 → 0.000483
        assertThat(UsageMeter.cost(target("0.138000", "0.552000"), Usage.reported(1234, 567)))
                .isEqualByComparingTo("0.000483").hasScaleOf(6);
        // 1 × 2.5 + 1 × 10 = 12.5 → 0.0000125 → 0.000013 (half-up)
        assertThat(UsageMeter.cost(target("2.5", "10"), Usage.reported(1, 1))).isEqualByComparingTo("0.000013");
    }

    @Test
    @DisplayName("an unpriced model or no provider at all costs nothing")
    void free() {
        assertThat(UsageMeter.cost(target(null, null), Usage.reported(1000, 1000))).isZero();
        assertThat(UsageMeter.cost(null, Usage.reported(1000, 1000))).isZero();
    }
}
