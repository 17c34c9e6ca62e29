package fr.guichet.tenancy.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inviting a user into the caller's tenant; role defaults to MEMBER. */
@Schema(name = "InviteUserRequest")
public record InviteUserRequest(
        @NotBlank @Email @Size(max = 254) @Schema(required = true, example = "joe@acme.example")
        String email,

        @Size(max = 120) @Schema(example = "Joe Bloggs") String displayName,
        @Schema(enumeration = {"TENANT_ADMIN", "MEMBER"}) String role) {}
