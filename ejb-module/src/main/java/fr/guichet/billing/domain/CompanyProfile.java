package fr.guichet.billing.domain;

import fr.guichet.common.domain.CompanyNumbers;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The operator's company as its invoices show it: the seller's legal identity (every mention French law requires)
 * and its payment terms. One row. What is given is checked at once (SIREN, SIRET and VAT keys); what is missing
 * is listed by {@link #missingMentions()}, and no invoice is issued while a mandatory mention is missing.
 */
@Entity
@Table(name = "billing_company")
public class CompanyProfile {

    public static final String ID = "operator";
    static final int MAX_PAYMENT_DAYS = 60;
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$");
    private static final Pattern BIC = Pattern.compile("^[A-Z0-9]{8}([A-Z0-9]{3})?$");

    @Id
    private String id = ID;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "legal_form")
    private String legalForm;

    @Column(name = "share_capital")
    private String shareCapital;

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

    @Column(name = "siret")
    private String siret;

    @Column(name = "rcs")
    private String rcs;

    @Column(name = "vat_number")
    private String vatNumber;

    @Column(name = "email")
    private String email;

    @Column(name = "iban")
    private String iban;

    @Column(name = "bic")
    private String bic;

    @Column(name = "payment_days", nullable = false)
    private int paymentDays;

    @Column(name = "late_penalty", nullable = false)
    private String latePenalty;

    @Column(name = "auto_issue", nullable = false)
    private boolean autoIssue;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected CompanyProfile() {}

    /** The profile before the operator filled it: 30 days, the legal default penalty, drafts wait for the operator. */
    public static CompanyProfile blank(Instant now) {
        CompanyProfile profile = new CompanyProfile();
        profile.paymentDays = 30;
        profile.latePenalty = "3 fois le taux d'intérêt légal";
        profile.updatedAt = now;
        return profile;
    }

    /** Replaces every field at once; each given value is checked, every broken rule reported together. */
    public void change(CompanyTerms t, Instant now) {
        Validation v = new Validation()
                .optionalText(t.legalName(), "legalName", 200)
                .optionalText(t.legalForm(), "legalForm", 60)
                .optionalText(t.shareCapital(), "shareCapital", 60)
                .optionalText(t.addressLine1(), "addressLine1", 200)
                .optionalText(t.addressLine2(), "addressLine2", 200)
                .optionalText(t.postalCode(), "postalCode", 16)
                .optionalText(t.city(), "city", 100)
                .optionalText(t.rcs(), "rcs", 100)
                .text(t.latePenalty(), "latePenalty", 3, 200);
        String cleanCountry = upper(t.country());
        String cleanSiren = compact(t.siren());
        String cleanSiret = compact(t.siret());
        String cleanVat = upper(compact(t.vatNumber()));
        String cleanIban = upper(compact(t.iban()));
        String cleanBic = upper(compact(t.bic()));
        v.require(cleanCountry == null || cleanCountry.matches("[A-Z]{2}"), "country", "must be an ISO 3166 code");
        v.require(cleanSiren == null || CompanyNumbers.isValidSiren(cleanSiren), "siren", "is not a valid SIREN");
        v.require(cleanSiret == null || CompanyNumbers.isValidSiret(cleanSiret), "siret", "is not a valid SIRET");
        v.require(
                cleanSiret == null || cleanSiren == null || cleanSiret.startsWith(cleanSiren),
                "siret",
                "must begin with the SIREN");
        v.require(
                cleanVat == null
                        || (cleanVat.startsWith("FR")
                                ? CompanyNumbers.isValidFrenchVat(cleanVat)
                                : CompanyNumbers.hasVatShape(cleanVat)),
                "vatNumber",
                "is not a valid VAT number");
        v.require(cleanIban == null || IBAN.matcher(cleanIban).matches(), "iban", "is not an IBAN");
        v.require(cleanBic == null || BIC.matcher(cleanBic).matches(), "bic", "is not a BIC");
        if (t.email() != null && !t.email().isBlank()) {
            v.email(t.email(), "email");
        }
        v.require(
                t.paymentDays() >= 0 && t.paymentDays() <= MAX_PAYMENT_DAYS,
                "paymentDays",
                "must be between 0 and " + MAX_PAYMENT_DAYS + " (French law caps payment terms at 60 days)");
        v.throwIfInvalid();
        legalName = Validation.clean(t.legalName());
        legalForm = Validation.clean(t.legalForm());
        shareCapital = Validation.clean(t.shareCapital());
        addressLine1 = Validation.clean(t.addressLine1());
        addressLine2 = Validation.clean(t.addressLine2());
        postalCode = Validation.clean(t.postalCode());
        city = Validation.clean(t.city());
        country = cleanCountry;
        siren = cleanSiren;
        siret = cleanSiret;
        rcs = Validation.clean(t.rcs());
        vatNumber = cleanVat;
        email = t.email() == null || t.email().isBlank() ? null : Validation.normalizeEmail(t.email());
        iban = cleanIban;
        bic = cleanBic;
        paymentDays = t.paymentDays();
        latePenalty = t.latePenalty().strip();
        autoIssue = t.autoIssue();
        updatedAt = now;
    }

    /** The mandatory mentions still missing, by field name; empty when invoices may be issued. */
    public List<String> missingMentions() {
        List<String> missing = new ArrayList<>();
        check(missing, legalName, "legalName");
        check(missing, legalForm, "legalForm");
        check(missing, shareCapital, "shareCapital");
        check(missing, addressLine1, "addressLine1");
        check(missing, postalCode, "postalCode");
        check(missing, city, "city");
        check(missing, country, "country");
        check(missing, siren, "siren");
        check(missing, siret, "siret");
        check(missing, rcs, "rcs");
        check(missing, vatNumber, "vatNumber");
        check(missing, email, "email");
        return missing;
    }

    private static void check(List<String> missing, String value, String field) {
        if (value == null) {
            missing.add(field);
        }
    }

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
                paymentDays,
                latePenalty,
                autoIssue);
    }

    private static String compact(String value) {
        String clean = Validation.clean(value);
        return clean == null ? null : clean.replace(" ", "");
    }

    private static String upper(String value) {
        String clean = Validation.clean(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    public int paymentDays() {
        return paymentDays;
    }

    public boolean autoIssue() {
        return autoIssue;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
