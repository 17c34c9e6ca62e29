package fr.guichet.common.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    private static void check(String body) {
        JsonBodyGuard.check(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("one JSON value passes, up to 32 levels deep, surrounded by whitespace or not; so does an empty body")
    void oneValuePasses() {
        assertThatCode(() -> check("{\"name\":\"x\",\"tags\":[1,2,{\"a\":null}]}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("  [\"a\"]\n")).doesNotThrowAnyException();
        assertThatCode(() -> check("\"text\"")).doesNotThrowAnyException();
        assertThatCode(() -> check("")).doesNotThrowAnyException();
        assertThatCode(() -> check("[".repeat(32) + "]".repeat(32))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a body nested 33 or 1,000 levels deep is refused without recursing")
    void tooDeep() {
        assertThatThrownBy(() -> check("[".repeat(33) + "]".repeat(33)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The request body nests objects and arrays deeper than 32 levels");
        assertThatThrownBy(() -> check("{\"model\":\"m\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("deeper than 32 levels");
    }

    @Test
    @DisplayName("anything after the one value is refused: trailing garbage, closing brackets, a second value")
    void trailingContent() {
        for (String body : new String[] {"{\"name\":\"x\"}}}garbage", "{\"name\":\"x\"} {}", "{} x", "[1] [2]"}) {
            assertThatThrownBy(() -> check(body))
                    .as(body)
                    .isInstanceOf(DomainException.class)
                    .hasMessage("The request body holds more than one JSON value");
        }
    }

    @Test
    @DisplayName("a body that is not JSON is refused as such")
    void notJson() {
        assertThatThrownBy(() -> check("{\"name\":"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The request body is not valid JSON");
        assertThatThrownBy(() -> check("name=x"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The request body is not valid JSON");
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are refused, not read as U+FFFD: a stray byte, an overlong '/', an "
            + "encoded surrogate, a cut sequence")
    void notUtf8() {
        byte[][] bodies = {
            {'"', (byte) 0xFF, '"'},
            {'"', (byte) 0xC0, (byte) 0xAF, '"'},
            {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            {'"', (byte) 0xE2, (byte) 0x82, '"'}
        };
        for (byte[] body : bodies) {
            assertThatThrownBy(() -> JsonBodyGuard.check(body))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("The request body is not valid UTF-8");
        }
        assertThatCode(() -> check("{\"name\":\"Société générale — 東京 😀\"}")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a control character, a direction override or half a surrogate pair in any text is refused, naming "
            + "its field; tabs and line breaks in text and any character of a password pass")
    void unsafeText() {
        assertThatThrownBy(() -> check("{\"name\":\"Acme\\u0000\"}"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The field 'name' holds the control character U+0000");
        assertThatThrownBy(() -> check("{\"billing\":{\"city\":\"Paris\\u001b[31m\"}}"))
                .hasMessage("The field 'city' holds the control character U+001B");
        assertThatThrownBy(() -> check("{\"name\":\"invoice\u202Efdp.exe\"}"))
                .hasMessage("The field 'name' holds the invisible direction override U+202E");
        assertThatThrownBy(() -> check("{\"tags\":[\"ok\",\"\\ud800\"]}"))
                .hasMessageContaining("The field 'tags' holds half of a surrogate pair (U+D800)");
        assertThatThrownBy(() -> check("{\"na\\u0007me\":\"x\"}")).hasMessageContaining("A member name holds");
        assertThatCode(() -> check("{\"note\":\"line 1\\nline 2\\tend\",\"password\":\"p\\u0000w\"}"))
                .doesNotThrowAnyException();
    }
}
