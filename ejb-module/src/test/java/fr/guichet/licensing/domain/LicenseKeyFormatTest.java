package fr.guichet.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.licensing.domain.LicenseKeyFormat.Shape;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LicenseKeyFormatTest {

    private static final Random RANDOM = new Random(20261121);

    @Test
    @DisplayName("a generated key is five groups of five characters of the alphabet, well formed, and unique")
    void generated() {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 1000; n++) {
            String key = LicenseKeyFormat.generate(RANDOM);
            assertThat(key).matches("([23456789ABCDEFGHJKLMNPQRSTUVWXY]{5}-){4}[23456789ABCDEFGHJKLMNPQRSTUVWXY]{5}");
            assertThat(LicenseKeyFormat.shapeOf(key)).isEqualTo(Shape.WELL_FORMED);
            assertThat(seen.add(key)).isTrue();
        }
        assertThat(LicenseKeyFormat.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "Z");
    }

    @Test
    @DisplayName("every single-character typo, at every position including the check, is a bad check")
    void everySingleTypo() {
        for (int n = 0; n < 50; n++) {
            char[] key = compact(LicenseKeyFormat.generate(RANDOM));
            for (int i = 0; i < key.length; i++) {
                char original = key[i];
                for (char c : LicenseKeyFormat.ALPHABET.toCharArray()) {
                    if (c == original) {
                        continue;
                    }
                    key[i] = c;
                    assertThat(LicenseKeyFormat.shapeOf(new String(key)))
                            .as("%s at %d", c, i)
                            .isEqualTo(Shape.BAD_CHECK);
                }
                key[i] = original;
            }
        }
    }

    @Test
    @DisplayName("every swap of two different adjacent characters is a bad check")
    void everyAdjacentSwap() {
        for (int n = 0; n < 200; n++) {
            char[] key = compact(LicenseKeyFormat.generate(RANDOM));
            for (int i = 0; i + 1 < key.length; i++) {
                if (key[i] == key[i + 1]) {
                    continue;
                }
                char[] swapped = key.clone();
                swapped[i] = key[i + 1];
                swapped[i + 1] = key[i];
                assertThat(LicenseKeyFormat.shapeOf(new String(swapped))).isEqualTo(Shape.BAD_CHECK);
            }
        }
    }

    @Test
    @DisplayName("case, spaces and dashes do not matter; the written form is canonical; anything else is not a key")
    void typing() {
        String key = LicenseKeyFormat.generate(RANDOM);
        String typed = " " + key.toLowerCase().replace("-", " ") + " ";
        assertThat(LicenseKeyFormat.shapeOf(typed)).isEqualTo(Shape.WELL_FORMED);
        assertThat(LicenseKeyFormat.canonical(typed)).contains(key);
        assertThat(LicenseKeyFormat.shapeOf(key.substring(1))).isEqualTo(Shape.NOT_A_KEY);
        assertThat(LicenseKeyFormat.shapeOf(key.replace(key.charAt(0), 'O'))).isEqualTo(Shape.NOT_A_KEY);
        assertThat(LicenseKeyFormat.shapeOf(null)).isEqualTo(Shape.NOT_A_KEY);
        assertThat(LicenseKeyFormat.shapeOf("X".repeat(10_000))).isEqualTo(Shape.NOT_A_KEY);
    }

    private static char[] compact(String key) {
        return key.replace("-", "").toCharArray();
    }
}
