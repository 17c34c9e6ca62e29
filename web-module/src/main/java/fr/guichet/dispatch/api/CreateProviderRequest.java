package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.NewProvider;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a provider. Its keys are set afterwards (global: PUT /api/admin/providers/{id}/key). */
@Schema(name = "CreateProviderRequest")
public record CreateProviderRequest(
        @NotBlank
        @Schema(
                required = true,
                enumeration = {"OPENAI_COMPATIBLE", "ANTHROPIC", "GEMINI", "OLLAMA"})
        String kind,

        @NotBlank @Size(max = 60) @Schema(required = true, example = "Mistral")
        String name,

        @NotBlank
        @Size(max = 500)
        @Schema(
                required = true,
                example = "https://api.mistral.ai/v1",
                description = "Absolute http(s) URL without credentials, query or fragment")
        String baseUrl,

        @Size(max = 16) @Schema(description = "Model names offered by default", example = "[\"mistral-small-latest\"]")
        List<String> defaultModels,

        @Schema(description = "Default true") Boolean enabled) {

    NewProvider toNewProvider() {
        return new NewProvider(kind, name, baseUrl, defaultModels, enabled);
    }
}
