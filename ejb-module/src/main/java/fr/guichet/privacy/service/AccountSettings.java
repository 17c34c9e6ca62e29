package fr.guichet.privacy.service;

import fr.guichet.common.domain.Validation;
import fr.guichet.notify.service.MailChoices;
import fr.guichet.privacy.domain.PrivacySettings;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenantService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A client's settings, as its portal shows them in one place: how long its personal data is kept (privacy), the
 * language of its mails and documents (tenancy) and the optional mails it gets (notify). A change is checked whole
 * before anything is saved, and saved in one transaction: all of it or nothing.
 */
@Stateless
public class AccountSettings {

    @Inject
    Erasures erasures;

    @Inject
    TenantService tenants;

    @Inject
    MailChoices mails;

    @Inject
    TenantRepository tenantRows;

    /** The settings. */
    public record View(
            int retentionDays, List<Integer> allowedRetentionDays, String language, MailChoices.View notifications) {}

    /** A change: what is null stays as it is. */
    public record Change(
            Integer retentionDays,
            String language,
            Boolean quotaAlerts,
            Boolean licenseReminders,
            Boolean paymentReceipts) {}

    public View of(String tenantId) {
        return new View(
                erasures.settings(tenantId).retentionDays(),
                PrivacySettings.RETENTIONS,
                tenants.get(tenantId).language(),
                mails.of(tenantId));
    }

    public View change(String tenantId, Change change, String actor) {
        String language =
                change.language() == null ? null : change.language().strip().toLowerCase(java.util.Locale.ROOT);
        new Validation()
                .require(
                        change.retentionDays() != null
                                || language != null
                                || change.quotaAlerts() != null
                                || change.licenseReminders() != null
                                || change.paymentReceipts() != null,
                        "settings",
                        "give at least one of retentionDays, language, notifications")
                .require(
                        change.retentionDays() == null || PrivacySettings.RETENTIONS.contains(change.retentionDays()),
                        "retentionDays",
                        "must be one of 30, 90, 180 or 365 days")
                .require(
                        language == null || language.equals("fr") || language.equals("en"),
                        "language",
                        "must be fr or en")
                .throwIfInvalid();
        tenantRows.findForUpdate(tenantId); // changes of one tenant's settings take turns (a first one creates rows)
        if (change.retentionDays() != null
                && change.retentionDays() != erasures.settings(tenantId).retentionDays()) {
            erasures.changeRetention(tenantId, change.retentionDays(), actor);
        }
        if (language != null) {
            tenants.changeLanguage(tenantId, language, actor);
        }
        if (change.quotaAlerts() != null || change.licenseReminders() != null || change.paymentReceipts() != null) {
            mails.change(tenantId, change.quotaAlerts(), change.licenseReminders(), change.paymentReceipts(), actor);
        }
        return of(tenantId);
    }
}
