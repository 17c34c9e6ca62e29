package fr.guichet.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invited user and the one-time link mailed to them to choose a password. */
@Schema(name = "NewUser")
public record NewUserResponse(
        UserResponse user,

        @Schema(description = "Mailed to the user; shown here too, once")
        SetPasswordLinkResponse setPasswordLink) {}
