package fr.guichet.dispatch.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant user's provider key: their own (PERSONAL, the default) or their tenant's (TENANT, admins only). */
@Schema(name = "SetProviderKeyRequest")
public record SetProviderKeyRequest(
        @NotBlank @Size(max = 512) @Schema(required = true, example = "sk-proj-…", writeOnly = true)
        String apiKey,

        @Schema(
                enumeration = {"PERSONAL", "TENANT"},
                defaultValue = "PERSONAL")
        String scope) {

    @Override
    public String toString() {
        return "SetProviderKeyRequest[apiKey=…, scope=" + scope + "]";
    }
}
