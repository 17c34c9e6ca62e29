package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The client an invoice is addressed to, copied from its billing identity when the invoice is drafted and again
 * when it is issued, then frozen: a later change of the tenant's identity never alters an issued invoice.
 */
@Embeddable
public class Buyer {

    @Column(name = "buyer_name", nullable = false)
    private String name;

    @Column(name = "buyer_address_line1")
    private String addressLine1;

    @Column(name = "buyer_address_line2")
    private String addressLine2;

    @Column(name = "buyer_postal_code")
    private String postalCode;

    @Column(name = "buyer_city")
    private String city;

    @Column(name = "buyer_country")
    private String country;

    @Column(name = "buyer_siren")
    private String siren;

    @Column(name = "buyer_vat_number")
    private String vatNumber;

    @Column(name = "buyer_email")
    private String email;

    protected Buyer() {}

    public Buyer(
            String name,
            String addressLine1,
            String addressLine2,
            String postalCode,
            String city,
            String country,
            String siren,
            String vatNumber,
            String email) {
        this.name = name;
        this.addressLine1 = addressLine1;
        this.addressLine2 = addressLine2;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        this.siren = siren;
        this.vatNumber = vatNumber;
        this.email = email;
    }

    /** A business has a SIREN or a VAT number: the penalty and the 40 € indemnity mentions apply to it. */
    public boolean business() {
        return siren != null || vatNumber != null;
    }

    /** The buyer's mentions an invoice needs and that are missing: its postal address and country. */
    public java.util.List<String> missingMentions() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (addressLine1 == null) {
            missing.add("billing.addressLine1");
        }
        if (postalCode == null) {
            missing.add("billing.postalCode");
        }
        if (city == null) {
            missing.add("billing.city");
        }
        if (country == null) {
            missing.add("billing.country");
        }
        return missing;
    }

    public VatTreatment vatTreatment() {
        return VatTreatment.of(country, vatNumber);
    }

    public String name() {
        return name;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String addressLine2() {
        return addressLine2;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public String siren() {
        return siren;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String email() {
        return email;
    }
}
