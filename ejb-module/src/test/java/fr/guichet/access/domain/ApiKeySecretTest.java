package fr.guichet.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    @DisplayName("a new secret is gk_live_ followed by 40 base62 characters, at least 40 characters in all")
    void format() {
        String value = ApiKeySecret.generate(random).value();

        assertThat(value)
                .startsWith("gk_live_")
                .hasSizeGreaterThanOrEqualTo(40)
                .hasSize(ApiKeySecret.SCHEME.length() + ApiKeySecret.RANDOM_LENGTH)
                .matches("^gk_live_[0-9A-Za-z]{40}$");
    }

    @Test
    @DisplayName("secrets do not repeat and use the whole base62 alphabet")
    void random() {
        Set<String> seen = new HashSet<>();
        Set<Character> letters = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String value = ApiKeySecret.generate(random).value();
            assertThat(seen.add(value)).isTrue();
            value.substring(8).chars().forEach(c -> letters.add((char) c));
        }
        assertThat(letters).hasSize(62);
    }

    @Test
    @DisplayName("the visible prefix is the first 12 characters, last4 the last four, the mask joins them")
    void visibleParts() {
        ApiKeySecret secret = ApiKeySecret.parse("gk_live_AbCd0123456789012345678901234567wxyz")
                .orElseThrow();

        assertThat(secret.prefix()).isEqualTo("gk_live_AbCd");
        assertThat(secret.last4()).isEqualTo("wxyz");
        assertThat(secret).hasToString("gk_live_AbCd…wxyz");
        assertThat(secret.toString()).doesNotContain("0123456789");
    }

    @Test
    @DisplayName("only the shape of a Guichet key parses: scheme, 32 to 128 base62 characters")
    void parse() {
        String body32 = "a".repeat(32);
        assertThat(ApiKeySecret.parse("gk_live_" + body32)).isPresent();
        assertThat(ApiKeySecret.parse("gk_live_" + "Z9".repeat(64))).isPresent();
        assertThat(ApiKeySecret.parse(null)).isEmpty();
        assertThat(ApiKeySecret.parse("")).isEmpty();
        assertThat(ApiKeySecret.parse("gk_live_" + "a".repeat(31))).isEmpty();
        assertThat(ApiKeySecret.parse("gk_live_" + "a".repeat(129))).isEmpty();
        assertThat(ApiKeySecret.parse("gk_test_" + body32)).isEmpty();
        assertThat(ApiKeySecret.parse("sk-" + body32)).isEmpty();
        assertThat(ApiKeySecret.parse("gk_live_" + body32.substring(1) + "-")).isEmpty();
        assertThat(ApiKeySecret.parse("gk_live_" + body32.substring(1) + "é")).isEmpty();
        assertThat(ApiKeySecret.parse(" gk_live_" + body32)).isEmpty();
    }
}
