package fr.guichet.dispatch.provider;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The adapter for each {@link ProviderKind}: one instance per kind for the whole application, so that each
 * keeps one HTTP client (created on first call). Constructible without a container; a test of the dispatcher
 * may hand in its own adapters.
 */
@ApplicationScoped
public class ProviderAdapters {

    private final Map<ProviderKind, ProviderAdapter> adapters;

    public ProviderAdapters() {
        this(Map.of(
                ProviderKind.OPENAI_COMPATIBLE,
                new OpenAiCompatibleAdapter(),
                ProviderKind.ANTHROPIC,
                new AnthropicAdapter(),
                ProviderKind.GEMINI,
                new GeminiAdapter(),
                ProviderKind.OLLAMA,
                new OllamaAdapter()));
    }

    /** Uses the given adapters; every kind must have one. */
    public ProviderAdapters(Map<ProviderKind, ? extends ProviderAdapter> adapters) {
        Map<ProviderKind, ProviderAdapter> copy = new EnumMap<>(ProviderKind.class);
        copy.putAll(adapters);
        for (ProviderKind kind : ProviderKind.values()) {
            Objects.requireNonNull(copy.get(kind), () -> "no adapter for " + kind);
        }
        this.adapters = copy;
    }

    /** The adapter that speaks {@code kind}'s protocol. */
    public ProviderAdapter forKind(ProviderKind kind) {
        return adapters.get(Objects.requireNonNull(kind, "kind"));
    }
}
