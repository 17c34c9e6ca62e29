package fr.guichet.billing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.CompanyProfile;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.NumberSeries;
import fr.guichet.billing.domain.Seller;
import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Gives a draft its legal number and issues it, in the caller's transaction: the series row is locked first, the
 * issue date read after the lock (so numbers and dates go up together), the number taken, a credit balance applied.
 * The lock is held until the transaction commits, so two servers never give one number and a rollback leaves no gap.
 */
@Stateless
public class InvoiceNumbering {

    @Inject
    BillingSettingsRepository settings;

    @Inject
    RowOpener opener;

    @Inject
    CompanySettings company;

    @Inject
    TenancyConfig zone;

    @Inject
    Event<InvoiceIssued> issued;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public void issue(Invoice draft, String actor) {
        draft.requireDraft();
        CompanyProfile profile = company.requireComplete();
        if (!draft.buyer().missingMentions().isEmpty()) {
            throw new DomainException(
                    ErrorCode.BUYER_INCOMPLETE,
                    "Complete the client's billing identity first; missing: "
                            + String.join(", ", draft.buyer().missingMentions()));
        }
        int year = LocalDate.ofInstant(clock.instant(), zone.zone()).getYear();
        NumberSeries series = lockSeries(draft.kind().series(year));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone.zone());
        if (today.getYear() != year) {
            // The lock was granted after midnight on 31 December: the number belongs to the new year's series.
            series = lockSeries(draft.kind().series(today.getYear()));
        }
        Money prepaid = draft.kind() == InvoiceKind.INVOICE
                ? settings.lockCredit(draft.tenantId())
                        .map(credit -> credit.use(draft.totalTtc()))
                        .orElse(Money.ZERO)
                : Money.ZERO;
        LocalDate due = draft.kind() == InvoiceKind.INVOICE ? today.plusDays(profile.paymentDays()) : today;
        draft.issue(series.next(), today, due, prepaid, new Seller(profile.terms()), now);
        issued.fire(
                new InvoiceIssued(draft.id(), draft.tenantId(), draft.number().orElseThrow()));
        audit.write(
                actor,
                draft.tenantId(),
                "billing.invoice.issued",
                draft.number().orElseThrow(),
                null);
    }

    private NumberSeries lockSeries(String series) {
        return settings.lockSeries(series).orElseGet(() -> {
            try {
                opener.openSeries(series);
            } catch (RowExists createdByAnother) {
                // Another transaction opened the series first; it is there now.
            }
            return settings.lockSeries(series).orElseThrow();
        });
    }
}
