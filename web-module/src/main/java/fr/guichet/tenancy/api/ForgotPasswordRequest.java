package fr.guichet.tenancy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Forgot password": the tenant's slug and the user's e-mail. */
@Schema(name = "ForgotPasswordRequest")
public record ForgotPasswordRequest(
        @NotBlank @Size(max = 40) @Schema(required = true, example = "acme")
        String tenant,

        @NotBlank @Size(max = 254) @Schema(required = true, example = "jane@acme.example")
        String email) {}
