package fr.guichet.dispatch.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's global API key, stored encrypted and never shown again. */
@Schema(name = "SetApiKeyRequest")
public record SetApiKeyRequest(
        @NotBlank @Size(max = 512) @Schema(required = true, example = "sk-proj-…", writeOnly = true)
        String apiKey) {

    @Override
    public String toString() {
        return "SetApiKeyRequest[apiKey=…]";
    }
}
