package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ResealReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of re-encrypting provider keys under the current master key. */
@Schema(name = "ReEncryptResult")
public record ReEncryptResponse(
        @Schema(example = "k2", description = "The current master key")
        String masterKeyId,

        @Schema(description = "Keys re-encrypted now") int reEncrypted,

        @Schema(description = "Keys no configured master key opens (left as they were; see the server log)")
        int unreadable) {

    static ReEncryptResponse of(ResealReport r) {
        return new ReEncryptResponse(r.masterKeyId(), r.resealed(), r.unreadable());
    }
}
