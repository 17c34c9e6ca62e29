package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.CompanyNumbers;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a tenant's invoices are addressed to: legal name, postal address, SIREN and intra-EU VAT number. Every
 * part is optional until invoicing needs it; what is given is checked (SIREN by its Luhn key, a French VAT
 * number by its key over the SIREN).
 */
@Embeddable
public class BillingIdentity {

    private static final Pattern VAT = Pattern.compile("^[A-Z]{2}[0-9A-Z]{2,13}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "address_line1")
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "city")
    private String city;

    @Column(name = "country")
    private String country;

    @Column(name = "siren")
    private String siren;

    @Column(name = "vat_number")
    private String vatNumber;

    protected BillingIdentity() {}

    public BillingIdentity(
            String legalName,
            String addressLine1,
            String addressLine2,
            String postalCode,
            String city,
            String country,
            String siren,
            String vatNumber) {
        this.legalName = Validation.clean(legalName);
        this.addressLine1 = Validation.clean(addressLine1);
        this.addressLine2 = Validation.clean(addressLine2);
        this.postalCode = Validation.clean(postalCode);
        this.city = Validation.clean(city);
        this.country = upper(country);
        this.siren = digitsOnly(siren);
        this.vatNumber = upper(vatNumber == null ? null : vatNumber.replace(" ", ""));
        validate();
    }

    public static BillingIdentity empty() {
        return new BillingIdentity(null, null, null, null, null, null, null, null);
    }

    private void validate() {
        Validation v = new Validation()
                .optionalText(legalName, "billing.legalName", 200)
                .optionalText(addressLine1, "billing.addressLine1", 200)
                .optionalText(addressLine2, "billing.addressLine2", 200)
                .optionalText(postalCode, "billing.postalCode", 16)
                .optionalText(city, "billing.city", 100);
        v.require(
                country == null || COUNTRY.matcher(country).matches(),
                "billing.country",
                "must be an ISO 3166 two-letter country code");
        v.require(siren == null || isValidSiren(siren), "billing.siren", "must be 9 digits with a valid check digit");
        if (vatNumber != null) {
            boolean shape = VAT.matcher(vatNumber).matches();
            v.require(shape, "billing.vatNumber", "must be an intra-EU VAT number such as FR40303265045");
            if (shape && vatNumber.startsWith("FR")) {
                v.require(
                        isValidFrenchVat(vatNumber),
                        "billing.vatNumber",
                        "is not a valid French VAT number (FR + 2-digit key + SIREN)");
                v.require(siren == null || vatNumber.endsWith(siren), "billing.vatNumber", "does not match the SIREN");
            }
        }
        v.throwIfInvalid();
    }

    static boolean isValidSiren(String siren) {
        return CompanyNumbers.isValidSiren(siren);
    }

    static boolean isValidFrenchVat(String vat) {
        return CompanyNumbers.isValidFrenchVat(vat);
    }

    private static String upper(String value) {
        String clean = Validation.clean(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    private static String digitsOnly(String value) {
        String clean = Validation.clean(value);
        return clean == null ? null : clean.replace(" ", "");
    }

    public String legalName() {
        return legalName;
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
}
