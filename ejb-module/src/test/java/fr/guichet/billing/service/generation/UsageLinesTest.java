package fr.guichet.billing.service.generation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.LineKind;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.common.domain.Money;
import fr.guichet.metering.repository.ServedTotals;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageLinesTest {

    static final BigDecimal VAT = new BigDecimal("20.00");
    static final LineLabels EN = LineLabels.of("en");

    static PricingTerms overagePricing() {
        return new PricingTerms(null, null, 3, new BigDecimal("0.50"), new BigDecimal("2.00"), null);
    }

    @Test
    @DisplayName("requests above the quota are billed per started 1,000, tokens per million to the token")
    void overage() {
        ServedTotals used = new ServedTotals(2_001, 3_250_000, new BigDecimal("4.123456"));
        List<InvoiceLine> lines = UsageLines.of(used, 1_000L, 2_000_000L, overagePricing(), VAT, EN);
        assertThat(lines)
                .extracting(InvoiceLine::kind)
                .containsExactly(LineKind.OVERAGE_REQUESTS, LineKind.OVERAGE_TOKENS);
        assertThat(lines.get(0).quantity()).isEqualByComparingTo("2");
        assertThat(lines.get(0).amountHt()).isEqualTo(Money.of("1.00"));
        assertThat(lines.get(1).quantity()).isEqualByComparingTo("1.25");
        assertThat(lines.get(1).amountHt()).isEqualTo(Money.of("2.50"));
        assertThat(lines.get(1).description())
                .isEqualTo("Tokens beyond the quota of 2,000,000: 1,250,000 (per million)");
    }

    @Test
    @DisplayName("within the quotas, one line at zero says what was used and what it cost")
    void withinQuota() {
        ServedTotals used = new ServedTotals(900, 1_000_000, new BigDecimal("3.456789"));
        assertThat(UsageLines.of(used, 1_000L, 2_000_000L, overagePricing(), VAT, EN))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.amountHt()).isEqualTo(Money.ZERO);
                    assertThat(l.description()).isEqualTo("Usage included: 1,000,000 tokens, 900 requests, cost €3.46");
                });
        assertThat(UsageLines.of(new ServedTotals(0, 0, BigDecimal.ZERO), 1_000L, null, overagePricing(), VAT, EN))
                .isEmpty();
    }

    @Test
    @DisplayName("pass-through bills the provider cost with the margin, rounded once")
    void passThrough() {
        PricingTerms margin = new PricingTerms(null, null, 1, null, null, new BigDecimal("25"));
        ServedTotals used = new ServedTotals(10, 5_000, new BigDecimal("12.345678"));
        assertThat(UsageLines.of(used, null, null, margin, VAT, EN))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.kind()).isEqualTo(LineKind.USAGE);
                    assertThat(l.amountHt()).isEqualTo(Money.of("15.43"));
                });
    }

    @Test
    @DisplayName("keys beyond those included are billed per key at the plan's price")
    void extraKeys() {
        assertThat(UsageLines.extraKeys(5, 3, new BigDecimal("50.00"), VAT, EN))
                .singleElement()
                .extracting(InvoiceLine::amountHt)
                .isEqualTo(Money.of("100.00"));
        assertThat(UsageLines.extraKeys(3, 3, new BigDecimal("50.00"), VAT, EN)).isEmpty();
        assertThat(UsageLines.extraKeys(9, 3, null, VAT, EN)).isEmpty();
    }
}
