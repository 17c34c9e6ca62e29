package fr.guichet.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static PlanTerms terms(
            String price, Integer trial, Long perMonth, int perMinute, String cap, String extra) {
        return new PlanTerms(
                price == null ? null : new BigDecimal(price),
                trial,
                perMonth,
                perMinute,
                null,
                cap == null ? null : new BigDecimal(cap),
                extra == null ? null : new BigDecimal(extra));
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("no DomainException");
    }

    @Test
    @DisplayName("a valid plan keeps its amounts at exactly two decimals")
    void normalizesMoney() {
        Plan plan = new Plan("business", " Business ", terms("299", null, 10_000L, 30, null, "50.5"), true, NOW);
        assertThat(plan.name()).isEqualTo("Business");
        assertThat(plan.terms().monthlyPriceEur()).isEqualByComparingTo("299").hasToString("299.00");
        assertThat(plan.terms().extraKeyPriceEur()).hasToString("50.50");
        assertThat(plan.terms().spendCapEur()).isNull();
        assertThat(plan.providerIds()).isEmpty();
    }

    @Test
    @DisplayName("every broken rule is reported at once: negative price, 3 decimals, non-positive limits")
    void reportsEveryBrokenRule() {
        assertThat(fields(() -> new Plan(
                        "x",
                        "X",
                        new PlanTerms(
                                new BigDecimal("-1"), 0, 0L, 0, -5L, new BigDecimal("1.234"), new BigDecimal("-0.01")),
                        true,
                        NOW)))
                .containsExactlyInAnyOrder(
                        "monthlyPriceEur",
                        "spendCapEur",
                        "extraKeyPriceEur",
                        "trialDays",
                        "requestsPerMinute",
                        "requestsPerMonth",
                        "tokensPerMonth");
    }

    @Test
    @DisplayName("zero is a valid price, and trailing zeros beyond two decimals are accepted")
    void zeroAndTrailingZeros() {
        Plan plan = new Plan("demo", "Demo", terms("0", 30, 100L, 5, "10.500", null), true, NOW);
        assertThat(plan.terms().monthlyPriceEur()).hasToString("0.00");
        assertThat(plan.terms().spendCapEur()).hasToString("10.50");
    }

    @Test
    @DisplayName("the monthly price is required")
    void priceRequired() {
        assertThat(fields(() -> new Plan("x", "X", terms(null, null, null, 5, null, null), true, NOW)))
                .containsExactly("monthlyPriceEur");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Demo", "-demo", "demo-", "de mo", "démo", "a2345678901234567890123456789012345678901"})
    @DisplayName("a code is lower-case letters, digits and inner hyphens, at most 40 characters")
    void badCodes(String code) {
        assertThatThrownBy(() -> new Plan(code, "X", terms("1", null, null, 5, null, null), true, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("code"));
    }

    @Test
    @DisplayName("changing the terms validates them and moves updatedAt")
    void changeTerms() {
        Plan plan = new Plan("starter", "Starter", terms("99", null, 1000L, 10, null, null), true, NOW);
        Instant later = NOW.plusSeconds(60);
        plan.changeTerms(terms("149.9", null, null, 20, null, null), later);
        assertThat(plan.terms().monthlyPriceEur()).hasToString("149.90");
        assertThat(plan.terms().requestsPerMonth()).isNull();
        assertThat(plan.updatedAt()).isEqualTo(later);
        assertThat(fields(() -> plan.changeTerms(terms("1.001", null, null, 20, null, null), later)))
                .containsExactly("monthlyPriceEur");
        assertThat(plan.terms().monthlyPriceEur()).hasToString("149.90");
    }

    @Test
    @DisplayName("routing through a chain replaces it in order")
    void routeThrough() {
        Plan plan = new Plan("starter", "Starter", terms("99", null, 1000L, 10, null, null), true, NOW);
        plan.routeThrough(List.of("openai", " ollama "), NOW);
        assertThat(plan.providerIds()).containsExactly("openai", "ollama");
        plan.routeThrough(List.of("ollama"), NOW);
        assertThat(plan.providerIds()).containsExactly("ollama");
    }
}
