package fr.guichet.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new tenant, its first admin, and the one-time link mailed to that admin to choose a password. */
@Schema(name = "TenantCreated")
public record TenantCreatedResponse(
        TenantResponse tenant,
        UserResponse admin,

        @Schema(description = "Mailed to the admin; shown here too, once")
        SetPasswordLinkResponse setPasswordLink) {}
