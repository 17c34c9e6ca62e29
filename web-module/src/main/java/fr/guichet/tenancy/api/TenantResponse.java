package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.TenantView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant as the admin API shows it. */
@Schema(name = "Tenant")
public record TenantResponse(
        String id,
        @Schema(example = "ACME") String name,
        @Schema(example = "acme") String slug,
        @Schema(example = "it@acme.example") String contactEmail,

        @Schema(enumeration = {"trial", "active", "past_due", "suspended", "cancelled"})
        String status,

        Instant trialEndsAt,
        @Schema(example = "Europe/Paris") String timeZone,
        BillingDto billing,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "The current plan's id; absent when the tenant has no plan")
        String planId,

        @Schema(
                enumeration = {"fr", "en"},
                description = "Language of the tenant's invoices and mails")
        String language,

        @Schema(description = "When the client's personal data was erased (privacy); absent while it is kept")
        Instant erasedAt) {

    static TenantResponse of(TenantView t) {
        return new TenantResponse(
                t.id(),
                t.name(),
                t.slug(),
                t.contactEmail(),
                t.status().wireName(),
                t.trialEndsAt(),
                t.timeZone(),
                BillingDto.of(t.billing()),
                t.createdAt(),
                t.updatedAt(),
                t.planId(),
                t.language(),
                t.erasedAt());
    }
}
