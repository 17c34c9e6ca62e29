package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ProviderKeyView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's or a user's provider key as the portal shows it: masked. */
@Schema(name = "ProviderKey")
public record ProviderKeyResponse(
        String providerId,
        @Schema(example = "OpenAI") String providerName,
        @Schema(enumeration = {"PERSONAL", "TENANT"}) String scope,

        @Schema(example = "sk-pr…Xy", description = "The key masked; the key itself is never shown")
        String hint,

        Instant createdAt,
        Instant updatedAt) {

    static ProviderKeyResponse of(ProviderKeyView k, String providerName) {
        return new ProviderKeyResponse(
                k.providerId(), providerName, k.scope().name(), k.hint(), k.createdAt(), k.updatedAt());
    }
}
