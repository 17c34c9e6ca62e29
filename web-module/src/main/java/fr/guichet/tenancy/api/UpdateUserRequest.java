package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.UserChanges;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a user of the caller's tenant; absent fields stay as they are. */
@Schema(name = "UpdateUserRequest")
public record UpdateUserRequest(
        @Size(min = 1, max = 120) String displayName,
        @Schema(enumeration = {"TENANT_ADMIN", "MEMBER"}) String role,
        Boolean enabled) {

    UserChanges toChanges() {
        return new UserChanges(displayName, role, enabled);
    }
}
