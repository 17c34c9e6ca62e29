package fr.guichet.billing.service;

import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.notify.service.MailSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Signs mails with the operator's company as set for its invoices: legal name, address, billing e-mail. */
@ApplicationScoped
public class CompanySignature implements MailSignature {

    @Inject
    BillingSettingsRepository settings;

    @Override
    public Signature current() {
        return settings.company()
                .map(c -> c.terms())
                .filter(t -> t.legalName() != null)
                .map(CompanySignature::of)
                .orElse(null);
    }

    private static Signature of(CompanyTerms t) {
        List<String> address = new ArrayList<>();
        if (t.addressLine1() != null) {
            address.add(t.addressLine1());
        }
        if (t.addressLine2() != null) {
            address.add(t.addressLine2());
        }
        String city =
                ((t.postalCode() == null ? "" : t.postalCode() + " ") + (t.city() == null ? "" : t.city())).strip();
        if (!city.isEmpty()) {
            address.add(city);
        }
        return new Signature(t.legalName(), address, t.email());
    }
}
