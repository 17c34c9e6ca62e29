package fr.guichet.dispatch.v1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeyAuthFilterTest {

    @Test
    @DisplayName("the token is read from a Bearer header only, scheme case-insensitive, blanks trimmed")
    void bearerToken() {
        assertThat(ApiKeyAuthFilter.bearerToken("Bearer gk_live_x")).isEqualTo("gk_live_x");
        assertThat(ApiKeyAuthFilter.bearerToken("bearer   gk_live_x  ")).isEqualTo("gk_live_x");
        assertThat(ApiKeyAuthFilter.bearerToken("BEARER gk_live_x")).isEqualTo("gk_live_x");
        assertThat(ApiKeyAuthFilter.bearerToken(null)).isNull();
        assertThat(ApiKeyAuthFilter.bearerToken("Bearer ")).isNull();
        assertThat(ApiKeyAuthFilter.bearerToken("Bearer")).isNull();
        assertThat(ApiKeyAuthFilter.bearerToken("Basic dXNlcjpwYXNz")).isNull();
        assertThat(ApiKeyAuthFilter.bearerToken("Bearergk_live_x")).isNull();
    }

    @Test
    @DisplayName("an echoed key shows its ends only, never enough to use it")
    void masked() {
        String key = "gk_live_AbCd0123456789012345678901234567wxyz";
        assertThat(ApiKeyAuthFilter.masked(key)).isEqualTo("gk_live_AbCd…wxyz");
        assertThat(ApiKeyAuthFilter.masked("sk-proj-0123456789abcdef")).isEqualTo("sk-***cdef");
        assertThat(ApiKeyAuthFilter.masked("short")).isEqualTo("***");
    }
}
