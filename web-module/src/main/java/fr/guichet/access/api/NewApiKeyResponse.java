package fr.guichet.access.api;

import fr.guichet.access.service.NewApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just created and its secret, shown this once only. */
@Schema(name = "NewApiKey")
public record NewApiKeyResponse(
        ApiKeyResponse key,

        @Schema(
                description = "The key to send as 'Authorization: Bearer …'. Shown once; never retrievable again",
                example = "gk_live_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxyz")
        String secret) {

    static NewApiKeyResponse of(NewApiKey created) {
        return new NewApiKeyResponse(ApiKeyResponse.of(created.key()), created.secret());
    }
}
