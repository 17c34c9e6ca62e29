package fr.guichet.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyMaskTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "sk-1234567890abcdef89, sk-12…89",
        "sk-ant-api03-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-zz, sk-an…zz",
        "abcdefghijklmnop, abcde…op",
        "abcdefghijklmno, ab…o",
        "abcdefgh, ab…h",
        "abcdefg, …",
        "x, …"
    })
    @DisplayName("a key shows its first 5 and last 2 characters, fewer when short, never the whole")
    void masks(String key, String masked) {
        assertThat(KeyMask.of(key)).isEqualTo(masked);
    }
}
