package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.SetPasswordLink;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one-time link mailed to a user to choose a password, for the operator or admin to hand over otherwise. */
@Schema(name = "SetPasswordLink")
public record SetPasswordLinkResponse(
        @Schema(
                description = "Operators only (null for tenant admins, who never see another user's link): works"
                        + " once; the token is in the fragment, never sent to a server by a browser")
        String url,

        Instant expiresAt) {

    static SetPasswordLinkResponse of(SetPasswordLink link) {
        return new SetPasswordLinkResponse(link.url(), link.expiresAt());
    }

    /** For a tenant admin: when the mailed link expires, not the link. */
    static SetPasswordLinkResponse mailedOnly(SetPasswordLink link) {
        return new SetPasswordLinkResponse(null, link.expiresAt());
    }
}
