package fr.guichet.billing.service;

import fr.guichet.billing.domain.CompanyProfile;
import fr.guichet.billing.domain.CompanyTerms;
import java.util.List;

/** The company profile, and the mandatory mentions it still misses (empty: invoices may be issued). */
public record CompanyView(CompanyTerms terms, List<String> missingMentions) {

    static CompanyView of(CompanyProfile profile) {
        return new CompanyView(profile.terms(), List.copyOf(profile.missingMentions()));
    }
}
