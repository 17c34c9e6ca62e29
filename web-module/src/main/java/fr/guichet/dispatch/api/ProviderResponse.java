package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ProviderKeyView;
import fr.guichet.dispatch.service.ProviderView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider as the admin API shows it, with its global key masked (absent when none is set). */
@Schema(name = "Provider")
public record ProviderResponse(
        String id,

        @Schema(enumeration = {"OPENAI_COMPATIBLE", "ANTHROPIC", "GEMINI", "OLLAMA"})
        String kind,

        @Schema(example = "OpenAI") String name,
        @Schema(example = "https://api.openai.com/v1") String baseUrl,
        List<String> defaultModels,
        boolean enabled,
        GlobalKeyResponse globalKey,
        Instant createdAt,
        Instant updatedAt) {

    static ProviderResponse of(ProviderView p, ProviderKeyView globalKey) {
        return new ProviderResponse(
                p.id(),
                p.kind().name(),
                p.name(),
                p.baseUrl(),
                p.defaultModels(),
                p.enabled(),
                GlobalKeyResponse.of(globalKey),
                p.createdAt(),
                p.updatedAt());
    }
}
