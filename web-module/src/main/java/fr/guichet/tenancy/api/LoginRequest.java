package fr.guichet.tenancy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Portal sign-in: the tenant's slug, the user's e-mail and password. */
@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 40) @Schema(required = true, example = "acme")
        String tenant,

        @NotBlank @Size(max = 254) @Schema(required = true, example = "jane@acme.example")
        String email,

        @NotBlank @Size(max = 256) @Schema(required = true) String password) {}
