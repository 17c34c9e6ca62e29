package fr.guichet.billing.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.service.CompanySettings;
import fr.guichet.billing.service.CompanyView;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.tenancy.view.CurrentOperator;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /billing/company.xhtml}: the operator's company as its invoices show it, and what is still missing. */
@Named
@ViewScoped
public class CompanySettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanySettings company;

    @Inject
    CurrentOperator operator;

    private CompanyForm form;
    private List<String> missing;

    @PostConstruct
    void read() {
        CompanyView view = company.get();
        form = CompanyForm.of(view.terms());
        missing = view.missingMentions();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            CompanyView saved = company.change(form.toTerms(), operator.getActor());
            missing = saved.missingMentions();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            text("company.saved"),
                            missing.isEmpty()
                                    ? text("company.complete")
                                    : text("company.stillMissing", String.join(", ", missing))));
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    public CompanyForm getForm() {
        return form;
    }

    public List<String> getMissing() {
        return missing;
    }

    /** The form's fields, mutable for Faces. */
    public static class CompanyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String legalName, legalForm, shareCapital, addressLine1, addressLine2, postalCode, city, country;
        private String siren, siret, rcs, vatNumber, email, iban, bic, latePenalty;
        private Integer paymentDays;
        private boolean autoIssue;

        static CompanyForm of(CompanyTerms t) {
            CompanyForm f = new CompanyForm();
            f.legalName = t.legalName();
            f.legalForm = t.legalForm();
            f.shareCapital = t.shareCapital();
            f.addressLine1 = t.addressLine1();
            f.addressLine2 = t.addressLine2();
            f.postalCode = t.postalCode();
            f.city = t.city();
            f.country = t.country();
            f.siren = t.siren();
            f.siret = t.siret();
            f.rcs = t.rcs();
            f.vatNumber = t.vatNumber();
            f.email = t.email();
            f.iban = t.iban();
            f.bic = t.bic();
            f.paymentDays = t.paymentDays();
            f.latePenalty = t.latePenalty();
            f.autoIssue = t.autoIssue();
            return f;
        }

        CompanyTerms toTerms() {
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
                    paymentDays == null ? -1 : paymentDays,
                    latePenalty,
                    autoIssue);
        }

        public String getLegalName() {
            return legalName;
        }

        public void setLegalName(String v) {
            legalName = v;
        }

        public String getLegalForm() {
            return legalForm;
        }

        public void setLegalForm(String v) {
            legalForm = v;
        }

        public String getShareCapital() {
            return shareCapital;
        }

        public void setShareCapital(String v) {
            shareCapital = v;
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

        public String getSiret() {
            return siret;
        }

        public void setSiret(String v) {
            siret = v;
        }

        public String getRcs() {
            return rcs;
        }

        public void setRcs(String v) {
            rcs = v;
        }

        public String getVatNumber() {
            return vatNumber;
        }

        public void setVatNumber(String v) {
            vatNumber = v;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String v) {
            email = v;
        }

        public String getIban() {
            return iban;
        }

        public void setIban(String v) {
            iban = v;
        }

        public String getBic() {
            return bic;
        }

        public void setBic(String v) {
            bic = v;
        }

        public Integer getPaymentDays() {
            return paymentDays;
        }

        public void setPaymentDays(Integer v) {
            paymentDays = v;
        }

        public String getLatePenalty() {
            return latePenalty;
        }

        public void setLatePenalty(String v) {
            latePenalty = v;
        }

        public boolean isAutoIssue() {
            return autoIssue;
        }

        public void setAutoIssue(boolean v) {
            autoIssue = v;
        }
    }
}
