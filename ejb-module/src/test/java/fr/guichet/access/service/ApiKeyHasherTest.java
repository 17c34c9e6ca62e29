package fr.guichet.access.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiKeyHasherTest {

    private static final String SECRET_A = "a-server-secret-of-at-least-32-characters";
    private static final String SECRET_B = "another-server-secret-of-32-characters!!";
    private static final String KEY = "gk_live_AbCd0123456789012345678901234567wxyz";

    @Test
    @DisplayName("the same key under the same secret gives the same hash: 64 hex digits, not the key")
    void stable() {
        String hash = new ApiKeyHasher(SECRET_A).hash(KEY);

        assertThat(new ApiKeyHasher(SECRET_A).hash(KEY)).isEqualTo(hash);
        assertThat(hash).matches("^[0-9a-f]{64}$").doesNotContain("AbCd");
    }

    @Test
    @DisplayName("another server secret, or another key, gives another hash")
    void keyed() {
        String hash = new ApiKeyHasher(SECRET_A).hash(KEY);

        assertThat(new ApiKeyHasher(SECRET_B).hash(KEY)).isNotEqualTo(hash);
        assertThat(new ApiKeyHasher(SECRET_A).hash(KEY.replace("wxyz", "wxyZ"))).isNotEqualTo(hash);
    }

    @Test
    @DisplayName("the hash is HMAC-SHA256 (RFC 4231 test case 2)")
    void hmacSha256() {
        // RFC 4231 uses the key "Jefe", shorter than Guichet accepts; the test only checks the algorithm.
        assertThat(new ApiKeyHasher("Jefe").hash("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
