package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.UserView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user, without any secret. */
@Schema(name = "User")
public record UserResponse(
        String id,
        @Schema(example = "jane@acme.example") String email,
        @Schema(example = "Jane Doe") String displayName,

        @Schema(enumeration = {"OPERATOR", "TENANT_ADMIN", "MEMBER"})
        String role,

        boolean enabled,
        Instant lastLoginAt,
        Instant createdAt) {

    static UserResponse of(UserView u) {
        return new UserResponse(
                u.id(), u.email(), u.displayName(), u.role().name(), u.enabled(), u.lastLoginAt(), u.createdAt());
    }
}
