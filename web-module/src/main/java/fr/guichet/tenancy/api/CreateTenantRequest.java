package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.NewTenant;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a tenant. The first tenant admin is {@code adminEmail}, or the contact e-mail when absent. */
@Schema(name = "CreateTenantRequest")
public record CreateTenantRequest(
        @NotBlank @Size(max = 120) @Schema(required = true, example = "ACME")
        String name,

        @NotBlank
        @Size(min = 3, max = 40)
        @Pattern(regexp = "^[a-z0-9-]*$", message = "must contain only lower-case letters, digits and hyphens")
        @Schema(required = true, example = "acme", pattern = "^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$")
        String slug,

        @NotBlank @Email @Size(max = 254) @Schema(required = true, example = "it@acme.example")
        String contactEmail,

        @Size(max = 64) @Schema(example = "Europe/Paris", description = "Default: the operator's zone")
        String timeZone,

        @Email @Size(max = 254) String adminEmail,
        @Size(max = 120) String adminName) {

    NewTenant toNewTenant() {
        return new NewTenant(name, slug, contactEmail, timeZone, adminEmail, adminName);
    }
}
