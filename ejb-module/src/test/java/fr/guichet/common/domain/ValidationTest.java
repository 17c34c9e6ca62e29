package fr.guichet.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static void assertRefused(Runnable validation, String field, String message) {
        assertThatThrownBy(validation::run)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.message()).contains(message);
                        }));
    }

    @Test
    @DisplayName(
            "names refuse control characters, line breaks, direction overrides and lone surrogates, with the field")
    void unsafeNames() {
        assertRefused(
                () -> new Validation().text("Acme\u0000", "name", 1, 120).throwIfInvalid(),
                "name",
                "control character U+0000");
        assertRefused(
                () -> new Validation().text("Acme\nCorp", "name", 1, 120).throwIfInvalid(),
                "name",
                "U+000A; it must be one line");
        assertRefused(
                () -> new Validation()
                        .optionalText("\u202Egnp.exe", "displayName", 120)
                        .throwIfInvalid(),
                "displayName",
                "direction override U+202E");
        assertRefused(
                () -> new Validation().text("a\uD800b", "name", 1, 120).throwIfInvalid(),
                "name",
                "half of a surrogate pair (U+D800)");
        assertRefused(
                () -> new Validation().email("jane\u001b@acme.fr", "email").throwIfInvalid(),
                "email",
                "valid e-mail address");
    }

    @Test
    @DisplayName("accents, other scripts, emoji (with their joiners) and a note's line breaks pass")
    void safeText() {
        assertThatCode(() -> new Validation()
                        .text("Société Générale — 東京 👩‍💻", "name", 1, 120)
                        .optionalTextBlock("line 1\nline 2\tend", "note", 500)
                        .email("élodie@exemple.fr", "email")
                        .throwIfInvalid())
                .doesNotThrowAnyException();
        assertThat(TextSafety.problem("عربي English", false)).isEmpty();
        assertThat(TextSafety.problem("שלום\u200F 2026", false))
                .as("a right-to-left mark")
                .isEmpty();
        assertThat(TextSafety.problem("\u2067שלום\u2069", false))
                .as("an isolate")
                .isPresent();
    }

    @Test
    @DisplayName("optional text may be absent, but a present one is bounded and checked like any text")
    void optional() {
        assertThatCode(() -> new Validation()
                        .optionalText(null, "displayName", 10)
                        .optionalTextBlock(null, "note", 10)
                        .text(null, "nickname", 0, 10)
                        .throwIfInvalid())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new Validation()
                        .optionalText("x".repeat(11), "displayName", 10)
                        .throwIfInvalid())
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("displayName", "must be at most 10 characters")));
        assertThatThrownBy(() -> new Validation()
                        .optionalText(" \u202E ", "displayName", 10)
                        .throwIfInvalid())
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Validation().text(null, "name", 1, 10).throwIfInvalid())
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("name", "must not be blank")));
    }
}
