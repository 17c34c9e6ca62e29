package fr.guichet.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in user, their tenant, and the CSRF token to send in X-CSRF-Token on state-changing calls. */
@Schema(name = "Session")
public record SessionResponse(UserResponse user, TenantRef tenant, String csrfToken) {

    /** The tenant a portal user belongs to. */
    @Schema(name = "TenantRef")
    public record TenantRef(
            String id,
            String slug,
            String name,
            String status,

            @Schema(description = "When the tenant was opened (a client since)")
            java.time.Instant createdAt,

            @Schema(description = "When its trial ends; absent when it is not in trial")
            java.time.Instant trialEndsAt) {}
}
