package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ProviderView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider as tenant users see it: no URL, no key. */
@Schema(name = "PortalProvider")
public record PortalProviderResponse(
        String id,
        @Schema(example = "OpenAI") String name,

        @Schema(enumeration = {"OPENAI_COMPATIBLE", "ANTHROPIC", "GEMINI", "OLLAMA"})
        String kind,

        boolean enabled) {

    static PortalProviderResponse of(ProviderView p) {
        return new PortalProviderResponse(p.id(), p.name(), p.kind().name(), p.enabled());
    }
}
