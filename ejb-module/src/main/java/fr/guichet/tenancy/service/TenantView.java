package fr.guichet.tenancy.service;

import fr.guichet.tenancy.domain.BillingIdentity;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import java.time.Instant;

/** A read model of a tenant, safe to hand to the web layers. */
public record TenantView(
        String id,
        String name,
        String slug,
        String contactEmail,
        TenantStatus status,
        Instant trialEndsAt,
        String timeZone,
        Billing billing,
        Instant createdAt,
        Instant updatedAt,
        String planId,
        String language,
        Instant erasedAt) {

    /** The tenant's billing identity; fields are null when not given. */
    public record Billing(
            String legalName,
            String addressLine1,
            String addressLine2,
            String postalCode,
            String city,
            String country,
            String siren,
            String vatNumber) {

        static Billing of(BillingIdentity b) {
            return new Billing(
                    b.legalName(),
                    b.addressLine1(),
                    b.addressLine2(),
                    b.postalCode(),
                    b.city(),
                    b.country(),
                    b.siren(),
                    b.vatNumber());
        }

        BillingIdentity toIdentity() {
            return new BillingIdentity(
                    legalName, addressLine1, addressLine2, postalCode, city, country, siren, vatNumber);
        }
    }

    public static TenantView of(Tenant t) {
        return new TenantView(
                t.id(),
                t.name(),
                t.slug(),
                t.contactEmail(),
                t.status(),
                t.trialEndsAt(),
                t.timeZone().getId(),
                Billing.of(t.billing()),
                t.createdAt(),
                t.updatedAt(),
                t.planId(),
                t.language(),
                t.erasedAt());
    }
}
