package fr.guichet.notify.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.domain.MailPreferences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The optional mails each tenant chooses to get (quota alerts, licence reminders, payment receipts). The outbox asks
 * here before queuing one of them; every other mail is always sent.
 */
@Stateless
public class MailChoices {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A tenant's choices, as the portal shows them. */
    public record View(boolean quotaAlerts, boolean licenseReminders, boolean paymentReceipts) {}

    public View of(String tenantId) {
        return find(tenantId)
                .map(p -> new View(p.quotaAlerts(), p.licenseReminders(), p.paymentReceipts()))
                .orElse(new View(true, true, true));
    }

    /** Whether the tenant wants a mail of this kind (always, for a mail that is not optional or has no tenant). */
    public boolean wants(String tenantId, MailKind kind) {
        return tenantId == null
                || !kind.optional()
                || find(tenantId).map(p -> p.wants(kind)).orElse(true);
    }

    /**
     * Changes the choices given (a null leaves one as it is). The caller holds the tenant's row (two first changes
     * at once would both create the row).
     */
    public View change(
            String tenantId, Boolean quotaAlerts, Boolean licenseReminders, Boolean paymentReceipts, String actor) {
        Instant now = clock.instant();
        MailPreferences preferences = Optional.ofNullable(
                        em.find(MailPreferences.class, tenantId, LockModeType.PESSIMISTIC_WRITE))
                .orElseGet(() -> {
                    MailPreferences first = new MailPreferences(tenantId, now);
                    em.persist(first);
                    return first;
                });
        View before =
                new View(preferences.quotaAlerts(), preferences.licenseReminders(), preferences.paymentReceipts());
        preferences.change(quotaAlerts, licenseReminders, paymentReceipts, now);
        View view = new View(preferences.quotaAlerts(), preferences.licenseReminders(), preferences.paymentReceipts());
        if (!view.equals(before)) {
            audit.write(actor, tenantId, "notify.preferences.changed", "tenant:" + tenantId, view.toString());
        }
        return view;
    }

    private Optional<MailPreferences> find(String tenantId) {
        return Optional.ofNullable(em.find(MailPreferences.class, tenantId));
    }
}
