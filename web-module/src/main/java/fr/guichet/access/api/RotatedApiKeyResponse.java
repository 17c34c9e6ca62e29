package fr.guichet.access.api;

import fr.guichet.access.service.RotatedApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rotation: the new key with its secret (shown once), and the old key, which works until its grace ends. */
@Schema(name = "RotatedApiKey")
public record RotatedApiKeyResponse(
        @Schema(description = "The replacing key") ApiKeyResponse key,

        @Schema(description = "The new key's secret. Shown once; never retrievable again")
        String secret,

        @Schema(description = "The replaced key, now rotating until graceUntil")
        ApiKeyResponse previous) {

    static RotatedApiKeyResponse of(RotatedApiKey rotated) {
        return new RotatedApiKeyResponse(
                ApiKeyResponse.of(rotated.replacement().key()),
                rotated.replacement().secret(),
                ApiKeyResponse.of(rotated.previous()));
    }
}
