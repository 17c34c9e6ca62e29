package fr.guichet.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ModelName;
import fr.guichet.common.domain.Violation;
import fr.guichet.dispatch.provider.ProviderKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    @DisplayName("a provider keeps its base URL without trailing slash and its default models in order")
    void registers() {
        Provider p = new Provider(
                ProviderKind.OPENAI_COMPATIBLE,
                " Mistral ",
                "https://api.mistral.ai/v1/",
                List.of("mistral-small-latest", "mistral-large-latest", "mistral-small-latest"),
                true,
                NOW);
        assertThat(p.name()).isEqualTo("Mistral");
        assertThat(p.baseUrl()).isEqualTo("https://api.mistral.ai/v1");
        assertThat(p.defaultModels()).containsExactly("mistral-small-latest", "mistral-large-latest");
        assertThat(new Provider(ProviderKind.OLLAMA, "Local", "http://localhost:11434", null, false, NOW)
                        .defaultModels())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "api.openai.com",
                "ftp://api.example.com",
                "https://",
                "https://user:pw@api.example.com",
                "https://api.example.com/v1?key=x",
                "https://api.example.com/#x",
                "not a url",
                "mailto:x@y.z"
            })
    @DisplayName("a base URL that is not an absolute http(s) URL without credentials, query or fragment is refused")
    void badUrls(String url) {
        assertThatThrownBy(() -> new Provider(ProviderKind.GEMINI, "G", url, List.of(), true, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("baseUrl"));
    }

    @Test
    @DisplayName("every broken field is reported at once, and an unknown kind names the known ones")
    void allViolations() {
        assertThatThrownBy(() -> new Provider(null, " ", "x", List.of(), true, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("kind", "name", "baseUrl"));
        assertThatThrownBy(() -> ProviderKinds.parse("openai", "kind"))
                .hasMessageContaining("OPENAI_COMPATIBLE, ANTHROPIC, GEMINI, OLLAMA");
        assertThat(ProviderKinds.parse(" anthropic ", "kind")).isEqualTo(ProviderKind.ANTHROPIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o-mini", "llama3:8b", "models/gemini-1.5-flash", "a", "claude-3-5-sonnet-20241022"})
    @DisplayName("model names of letters, digits and . _ : / - up to 100 characters are accepted")
    void goodModelNames(String name) {
        assertThat(ModelName.validate(name, "model")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gpt 4o", "gpt,4o", "mödel", "x?y"})
    @DisplayName("other model names are refused, including in a provider's default models")
    void badModelNames(String name) {
        assertThat(ModelName.isValid(name)).isFalse();
        assertThat(ModelName.isValid("m".repeat(101))).isFalse();
        assertThatThrownBy(() -> new Provider(ProviderKind.OLLAMA, "O", "http://h:1", List.of("ok", name), true, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("defaultModels[1]"));
    }
}
