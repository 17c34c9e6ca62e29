package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ProviderChanges;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a provider; absent fields stay as they are. The kind never changes. */
@Schema(name = "UpdateProviderRequest")
public record UpdateProviderRequest(
        @Size(min = 1, max = 60) String name,
        @Size(min = 1, max = 500) String baseUrl,

        @Size(max = 16) @Schema(description = "Replaces the whole list")
        List<String> defaultModels,

        Boolean enabled) {

    ProviderChanges toChanges() {
        return new ProviderChanges(name, baseUrl, defaultModels, enabled);
    }
}
