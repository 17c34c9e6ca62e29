package fr.guichet.tenancy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A password chosen through a one-time link: the link's token and the new password. */
@Schema(name = "ChoosePasswordRequest")
public record ChoosePasswordRequest(
        @NotBlank @Size(max = 100) @Schema(required = true) String token,

        @NotBlank @Size(min = 12, max = 128) @Schema(required = true, description = "12 to 128 characters")
        String newPassword) {}
