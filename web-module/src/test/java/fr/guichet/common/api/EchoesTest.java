package fr.guichet.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EchoesTest {

    @Test
    @DisplayName("a quoted value over 128 characters is cut there with an ellipsis; the rest of the message stays")
    void longQuoteCut() {
        String model = "m".repeat(100_000);
        String cut = Echoes.cut("The model '" + model + "' does not exist or you do not have access to it.");
        assertThat(cut)
                .isEqualTo("The model '" + "m".repeat(128) + "…' does not exist or you do not have access to it.");
    }

    @Test
    @DisplayName("short quotes, messages without quotes and null are left as they are")
    void shortLeftAlone() {
        assertThat(Echoes.cut("The slug 'acme' is already in use")).isEqualTo("The slug 'acme' is already in use");
        String exact = "The model '" + "x".repeat(128) + "' does not exist";
        assertThat(Echoes.cut(exact)).isEqualTo(exact);
        assertThat(Echoes.cut(null)).isNull();
        String longPlain = "a".repeat(500);
        assertThat(Echoes.cut(longPlain)).isEqualTo(longPlain);
    }

    @Test
    @DisplayName("a value with a '$' or a backslash is cut without being read as a replacement pattern")
    void specialCharacters() {
        String value = "$1\\".repeat(100);
        assertThat(Echoes.cut("Invalid value: '" + value + "'."))
                .isEqualTo("Invalid value: '" + value.substring(0, 128) + "…'.");
    }
}
