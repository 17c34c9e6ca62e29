package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ProviderKeyView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's global key as operators see it: masked, with the id of the master key that encrypts it. */
@Schema(name = "GlobalProviderKey")
public record GlobalKeyResponse(
        String providerId,

        @Schema(example = "sk-pr…Xy", description = "The key masked; the key itself is never shown")
        String hint,

        @Schema(example = "k1") String masterKeyId,
        Instant createdAt,
        Instant updatedAt) {

    static GlobalKeyResponse of(ProviderKeyView k) {
        return k == null
                ? null
                : new GlobalKeyResponse(k.providerId(), k.hint(), k.masterKeyId(), k.createdAt(), k.updatedAt());
    }
}
