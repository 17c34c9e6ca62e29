package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.SetPasswordLink;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one-time link mailed to a user to choose a password, for the operator or admin to hand over otherwise. */
@Schema(name = "SetPasswordLink")
public record SetPasswordLinkResponse(
        @Schema(description = "Works once; the token is in the fragment, never sent to a server by a browser")
        String url,

        Instant expiresAt) {

    static SetPasswordLinkResponse of(SetPasswordLink link) {
        return new SetPasswordLinkResponse(link.url(), link.expiresAt());
    }
}
