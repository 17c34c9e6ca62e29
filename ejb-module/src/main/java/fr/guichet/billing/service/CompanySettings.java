package fr.guichet.billing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.CompanyProfile;
import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.repository.BillingSettingsRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** The operator's company profile on its invoices: read, and changed by operators (audited). */
@Stateless
public class CompanySettings {

    @Inject
    BillingSettingsRepository settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public CompanyView get() {
        return CompanyView.of(settings.company().orElseGet(() -> CompanyProfile.blank(clock.instant())));
    }

    public CompanyView change(CompanyTerms terms, String actor) {
        CompanyProfile profile = settings.company().orElseGet(() -> {
            CompanyProfile blank = CompanyProfile.blank(clock.instant());
            settings.add(blank);
            return blank;
        });
        profile.change(terms, clock.instant());
        audit.write(actor, null, "billing.company.changed", CompanyProfile.ID, null);
        return CompanyView.of(profile);
    }

    /** The profile as invoices need it, or the refusal that names the missing mentions. */
    public CompanyProfile requireComplete() {
        CompanyProfile profile = settings.company().orElseGet(() -> CompanyProfile.blank(clock.instant()));
        if (!profile.missingMentions().isEmpty()) {
            throw new fr.guichet.common.domain.DomainException(
                    fr.guichet.common.domain.ErrorCode.BILLING_PROFILE_INCOMPLETE,
                    "Complete the company settings before issuing invoices; missing: "
                            + String.join(", ", profile.missingMentions()));
        }
        return profile;
    }
}
