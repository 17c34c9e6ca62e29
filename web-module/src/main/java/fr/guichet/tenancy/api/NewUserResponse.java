package fr.guichet.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invited user and their generated password, shown this once only. */
@Schema(name = "NewUser")
public record NewUserResponse(
        UserResponse user,

        @Schema(description = "Shown once; never retrievable again")
        String initialPassword) {}
