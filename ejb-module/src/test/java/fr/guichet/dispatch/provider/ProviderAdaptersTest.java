package fr.guichet.dispatch.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderAdaptersTest {

    @Test
    @DisplayName("each kind has the adapter that speaks its protocol")
    void oneAdapterPerKind() {
        ProviderAdapters adapters = new ProviderAdapters();

        assertThat(adapters.forKind(ProviderKind.OPENAI_COMPATIBLE)).isInstanceOf(OpenAiCompatibleAdapter.class);
        assertThat(adapters.forKind(ProviderKind.ANTHROPIC)).isInstanceOf(AnthropicAdapter.class);
        assertThat(adapters.forKind(ProviderKind.GEMINI)).isInstanceOf(GeminiAdapter.class);
        assertThat(adapters.forKind(ProviderKind.OLLAMA)).isInstanceOf(OllamaAdapter.class);
    }

    @Test
    @DisplayName("a set of adapters missing a kind is refused")
    void everyKindIsRequired() {
        assertThatThrownBy(() -> new ProviderAdapters(Map.of(ProviderKind.OLLAMA, new OllamaAdapter())))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("OPENAI_COMPATIBLE");
    }

    @Test
    @DisplayName("an endpoint drops trailing slashes, hides its key and refuses a key that could not be a header")
    void endpointInvariants() {
        ProviderEndpoint endpoint =
                new ProviderEndpoint("https://api.openai.com/v1/", "sk-secret", Duration.ofSeconds(30));

        assertThat(endpoint.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(endpoint.toString()).doesNotContain("sk-secret");
        assertThat(new ProviderEndpoint("http://localhost:11434", " ", Duration.ofSeconds(1)).apiKey())
                .isNull();
        assertThatThrownBy(() -> new ProviderEndpoint("https://x.example", "sk-se\ncret", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("sk-se");
        assertThatThrownBy(() -> new ProviderEndpoint("ftp://x.example", null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProviderEndpoint("https://x.example", null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
