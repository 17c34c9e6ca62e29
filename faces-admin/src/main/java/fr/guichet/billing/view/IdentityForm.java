package fr.guichet.billing.view;

import fr.guichet.tenancy.service.TenantView;
import java.io.Serializable;

/** A client's billing identity and document language as the console's form edits them. */
public class IdentityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String legalName;
    private String addressLine1;
    private String addressLine2;
    private String postalCode;
    private String city;
    private String country;
    private String siren;
    private String vatNumber;
    private String language = "fr";

    static IdentityForm of(TenantView tenant) {
        IdentityForm f = new IdentityForm();
        TenantView.Billing b = tenant.billing();
        if (b != null) {
            f.legalName = b.legalName();
            f.addressLine1 = b.addressLine1();
            f.addressLine2 = b.addressLine2();
            f.postalCode = b.postalCode();
            f.city = b.city();
            f.country = b.country();
            f.siren = b.siren();
            f.vatNumber = b.vatNumber();
        }
        f.language = tenant.language();
        return f;
    }

    TenantView.Billing toBilling() {
        return new TenantView.Billing(
                legalName, addressLine1, addressLine2, postalCode, city, country, siren, vatNumber);
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String v) {
        legalName = v;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String v) {
        addressLine1 = v;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String v) {
        addressLine2 = v;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String v) {
        postalCode = v;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String v) {
        city = v;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String v) {
        country = v;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String v) {
        siren = v;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String v) {
        vatNumber = v;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String v) {
        language = v;
    }
}
