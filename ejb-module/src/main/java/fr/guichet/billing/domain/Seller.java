package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The operator's company as it stood when an invoice was issued: its identity and payment terms, frozen with the
 * invoice, so that a later change of address, capital or terms never alters an issued invoice or its documents.
 */
@Embeddable
public class Seller {

    @Column(name = "seller_legal_name")
    private String legalName;

    @Column(name = "seller_legal_form")
    private String legalForm;

    @Column(name = "seller_share_capital")
    private String shareCapital;

    @Column(name = "seller_address_line1")
    private String addressLine1;

    @Column(name = "seller_address_line2")
    private String addressLine2;

    @Column(name = "seller_postal_code")
    private String postalCode;

    @Column(name = "seller_city")
    private String city;

    @Column(name = "seller_country")
    private String country;

    @Column(name = "seller_siren")
    private String siren;

    @Column(name = "seller_siret")
    private String siret;

    @Column(name = "seller_rcs")
    private String rcs;

    @Column(name = "seller_vat_number")
    private String vatNumber;

    @Column(name = "seller_email")
    private String email;

    @Column(name = "seller_iban")
    private String iban;

    @Column(name = "seller_bic")
    private String bic;

    @Column(name = "seller_payment_days")
    private Integer paymentDays;

    @Column(name = "seller_late_penalty")
    private String latePenalty;

    protected Seller() {}

    public Seller(CompanyTerms terms) {
        this.legalName = terms.legalName();
        this.legalForm = terms.legalForm();
        this.shareCapital = terms.shareCapital();
        this.addressLine1 = terms.addressLine1();
        this.addressLine2 = terms.addressLine2();
        this.postalCode = terms.postalCode();
        this.city = terms.city();
        this.country = terms.country();
        this.siren = terms.siren();
        this.siret = terms.siret();
        this.rcs = terms.rcs();
        this.vatNumber = terms.vatNumber();
        this.email = terms.email();
        this.iban = terms.iban();
        this.bic = terms.bic();
        this.paymentDays = terms.paymentDays();
        this.latePenalty = terms.latePenalty();
    }

    /** The terms as they were at issue (auto-issue, a setting of the run, is not part of them). */
    public CompanyTerms terms() {
        return new CompanyTerms(
                legalName,
                legalForm,
                shareCapital,
                addressLine1,
                addressLine2,
                postalCode,
                city,
                country,
                siren,
                siret,
                rcs,
                vatNumber,
                email,
                iban,
                bic,
                paymentDays == null ? 0 : paymentDays,
                latePenalty,
                false);
    }
}
