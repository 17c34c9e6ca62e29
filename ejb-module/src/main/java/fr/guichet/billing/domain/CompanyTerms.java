package fr.guichet.billing.domain;

/**
 * The operator's company identity and payment terms as plain values (see {@link CompanyProfile}).
 *
 * @param paymentDays days between issue and due date (0: on receipt)
 * @param latePenalty the late-payment penalty rate as printed on invoices
 * @param autoIssue whether the monthly run issues its invoices at once (otherwise they wait as drafts)
 */
public record CompanyTerms(
        String legalName,
        String legalForm,
        String shareCapital,
        String addressLine1,
        String addressLine2,
        String postalCode,
        String city,
        String country,
        String siren,
        String siret,
        String rcs,
        String vatNumber,
        String email,
        String iban,
        String bic,
        int paymentDays,
        String latePenalty,
        boolean autoIssue) {}
