package fr.guichet.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PercentEscapesTest {

    @Test
    @DisplayName("well-formed addresses pass: no escape, ASCII and UTF-8 escapes, '+', nothing at all")
    void wellFormed() {
        assertThat(PercentEscapes.problem("query string", null)).isEmpty();
        assertThat(PercentEscapes.problem("query string", "q=acme&size=2")).isEmpty();
        assertThat(PercentEscapes.problem("query string", "q=caf%C3%A9+cr%C3%A8me%20br%c3%bbl%C3%A9e"))
                .isEmpty();
        assertThat(PercentEscapes.problem("address", "/api/admin/tenants/%41bc"))
                .isEmpty();
        assertThat(PercentEscapes.problem("query string", "q=déjà")).isEmpty();
    }

    @Test
    @DisplayName("a '%' without two hexadecimal digits is named with its position")
    void badEscape() {
        assertThat(PercentEscapes.problem("query string", "x=%zz"))
                .hasValue("The query string holds a malformed percent escape at character 3:"
                        + " '%' must be followed by two hexadecimal digits");
        assertThat(PercentEscapes.problem("query string", "x=%")).isPresent();
        assertThat(PercentEscapes.problem("query string", "x=%4")).isPresent();
        assertThat(PercentEscapes.problem("address", "/api/%g1")).isPresent();
    }

    @Test
    @DisplayName(
            "escapes that do not spell UTF-8 are refused: a lone continuation byte, a truncated sequence, a surrogate")
    void notUtf8() {
        assertThat(PercentEscapes.problem("query string", "x=%80"))
                .hasValue("The query string's percent escapes do not spell valid UTF-8");
        assertThat(PercentEscapes.problem("query string", "x=%C3")).isPresent();
        assertThat(PercentEscapes.problem("query string", "x=%ED%A0%80")).isPresent();
    }

    @Test
    @DisplayName("characters that must be percent-encoded are refused with their position and their escape")
    void mustBeEncoded() {
        assertThat(PercentEscapes.problem("address", "/api/admin/licenses/{id}/extend"))
                .contains("The address holds a character that must be percent-encoded at character 21 (%7B)");
        assertThat(PercentEscapes.problem("query string", "q=a|b"))
                .hasValueSatisfying(p -> assertThat(p).endsWith("at character 4 (%7C)"));
        assertThat(PercentEscapes.problem("query string", "q=a b")).isPresent();
        assertThat(PercentEscapes.problem("query string", "q=\"x\"")).isPresent();
        assertThat(PercentEscapes.problem("query string", "q=a%7Cb&r=%7B%7D")).isEmpty();
    }

    @Test
    @DisplayName("a query string's loose characters, as browsers send them, are encoded for RESTEasy, not refused")
    void looseQuery() {
        assertThat(PercentEscapes.encodeLoose("q=a|b&r={x}^`\\")).isEqualTo("q=a%7Cb&r=%7Bx%7D%5E%60%5C");
        assertThat(PercentEscapes.encodeLoose("q=plain")).isEqualTo("q=plain");
        assertThat(PercentEscapes.encodeLoose(null)).isNull();
        assertThat(PercentEscapes.problem("query string", PercentEscapes.encodeLoose("q=a|b")))
                .isEmpty();
    }

    @Test
    @DisplayName("escapes of control characters and direction overrides are refused; tabs and line breaks pass")
    void escapedControls() {
        assertThat(PercentEscapes.problem("query string", "providerId=%00"))
                .contains("The query string holds the control character U+0000");
        assertThat(PercentEscapes.problem("query string", "q=%1b%5B2J")).isPresent();
        assertThat(PercentEscapes.problem("query string", "q=%E2%80%AE")).isPresent();
        assertThat(PercentEscapes.problem("query string", "q=a%0Ab%09c")).isEmpty();
    }
}
