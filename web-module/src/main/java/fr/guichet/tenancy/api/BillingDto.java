package fr.guichet.tenancy.api;

import fr.guichet.tenancy.service.TenantView;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's billing identity, as read and as written (a PATCH replaces all of it). */
@Schema(name = "Billing")
public record BillingDto(
        @Size(max = 200) @Schema(example = "ACME SAS") String legalName,

        @Size(max = 200) @Schema(example = "12 rue de la Paix")
        String addressLine1,

        @Size(max = 200) String addressLine2,
        @Size(max = 16) @Schema(example = "75002") String postalCode,
        @Size(max = 100) @Schema(example = "Paris") String city,
        @Size(max = 2) @Schema(example = "FR") String country,

        @Size(max = 11) @Schema(example = "732829320", description = "9 digits, Luhn-checked")
        String siren,

        @Size(max = 20) @Schema(example = "FR44732829320") String vatNumber) {

    static BillingDto of(TenantView.Billing b) {
        return new BillingDto(
                b.legalName(),
                b.addressLine1(),
                b.addressLine2(),
                b.postalCode(),
                b.city(),
                b.country(),
                b.siren(),
                b.vatNumber());
    }

    TenantView.Billing toBilling() {
        return new TenantView.Billing(
                legalName, addressLine1, addressLine2, postalCode, city, country, siren, vatNumber);
    }
}
