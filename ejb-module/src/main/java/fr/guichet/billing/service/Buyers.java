package fr.guichet.billing.service;

import fr.guichet.billing.domain.Buyer;
import fr.guichet.tenancy.domain.BillingIdentity;
import fr.guichet.tenancy.domain.Tenant;

/** The buyer of a tenant's invoices: its billing identity, its name when it has no legal name, its contact e-mail. */
public final class Buyers {

    private Buyers() {}

    public static Buyer of(Tenant tenant) {
        BillingIdentity b = tenant.billing();
        return new Buyer(
                b.legalName() == null ? tenant.name() : b.legalName(),
                b.addressLine1(),
                b.addressLine2(),
                b.postalCode(),
                b.city(),
                b.country(),
                b.siren(),
                b.vatNumber(),
                tenant.contactEmail());
    }
}
