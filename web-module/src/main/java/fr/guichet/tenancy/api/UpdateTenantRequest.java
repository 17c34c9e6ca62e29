package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.TenantChanges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a tenant; absent fields stay as they are. The slug never changes. */
@Schema(name = "UpdateTenantRequest")
public record UpdateTenantRequest(
        @Size(min = 1, max = 120) String name,
        @Email @Size(max = 254) String contactEmail,

        @Schema(enumeration = {"active", "past_due", "suspended", "cancelled"})
        String status,

        @Schema(
                description = "Why the status changes: required to suspend or cancel (3 to 500 characters), kept in"
                        + " the audit log")
        String statusReason,

        @Schema(description = "New end of trial, while in trial")
        Instant trialEndsAt,

        @Size(max = 64) String timeZone,
        @Valid BillingDto billing,

        @Size(min = 1, max = 36) @Schema(description = "Id of an enabled plan; its limits and chain apply at once")
        String planId,

        @Schema(
                enumeration = {"fr", "en"},
                description = "Language of the tenant's invoices and mails")
        String language) {

    TenantChanges toChanges() {
        return new TenantChanges(
                name,
                contactEmail,
                status,
                trialEndsAt,
                timeZone,
                billing == null ? null : billing.toBilling(),
                planId,
                language);
    }
}
