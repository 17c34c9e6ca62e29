package fr.guichet.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new tenant, its first admin, and that admin's password: shown this once only. */
@Schema(name = "TenantCreated")
public record TenantCreatedResponse(
        TenantResponse tenant,
        UserResponse admin,

        @Schema(description = "Shown once; never retrievable again")
        String initialPassword) {}
