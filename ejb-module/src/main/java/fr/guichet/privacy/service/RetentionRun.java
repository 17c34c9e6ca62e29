package fr.guichet.privacy.service;

import fr.guichet.metering.service.UsageRetention;
import fr.guichet.notify.service.MailRetention;
import fr.guichet.privacy.domain.PrivacySettings;
import fr.guichet.privacy.repository.PrivacySettingsRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Each night, each tenant's usage details and mails older than its retention (30, 90, 180 or 365 days; the default
 * of {@code guichet.privacy.retention-days} when it chose none) are deleted. Never the usage of this month or the
 * last: a month's invoice is drawn from its calls, and the invoicing of a month may run late. Deleting twice deletes
 * nothing more, so a night run again after downtime does no harm.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionRun {

    private static final System.Logger LOG = System.getLogger(RetentionRun.class.getName());

    /** The shortest retention a tenant may choose. */
    static final int SHORTEST_DAYS = 30;

    /** The most tenants a round goes through; the next night takes the rest. */
    static final int TENANTS_PER_ROUND = 10_000;

    @Inject
    UsageRetention usage;

    @Inject
    MailRetention mails;

    @Inject
    PrivacySettingsRepository settings;

    @Inject
    PrivacyConfig config;

    @Inject
    TenancyConfig tenancy;

    @Inject
    Clock clock;

    /** One round; returns how many usage events were deleted (the mails deleted are logged). */
    public long round() {
        Instant now = clock.instant();
        Instant billed = billedBefore(now, tenancy.zone());
        long deleted = 0;
        List<String> tenants = usage.tenantsWithEventsBefore(
                earliest(now.minus(Duration.ofDays(SHORTEST_DAYS)), billed), TENANTS_PER_ROUND);
        for (String tenantId : tenants) {
            try {
                deleted += purge(
                        usage::deleteBatch,
                        tenantId,
                        earliest(now.minus(Duration.ofDays(retentionDays(tenantId))), billed));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not delete the old usage of tenant " + tenantId + ": " + e);
            }
        }
        if (deleted > 0) {
            LOG.log(Level.INFO, "Retention: " + deleted + " usage events past their tenant's retention deleted");
        }
        long mailsDeleted = 0;
        for (String tenantId :
                mails.tenantsWithMailsBefore(now.minus(Duration.ofDays(SHORTEST_DAYS)), TENANTS_PER_ROUND)) {
            try {
                mailsDeleted +=
                        purge(mails::deleteBatch, tenantId, now.minus(Duration.ofDays(retentionDays(tenantId))));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not delete the old mails of tenant " + tenantId + ": " + e);
            }
        }
        if (mailsDeleted > 0) {
            LOG.log(Level.INFO, "Retention: " + mailsDeleted + " mails past their tenant's retention deleted");
        }
        return deleted;
    }

    /** How long the tenant keeps its usage details. */
    int retentionDays(String tenantId) {
        return settings.find(tenantId).map(PrivacySettings::retentionDays).orElse(config.retentionDays());
    }

    /** Deletes batch after batch (each in its own transaction) until one comes back short of rows. */
    private static long purge(ToIntBiFunction<String, Instant> deleteBatch, String tenantId, Instant before) {
        long deleted = 0;
        int batch;
        do {
            batch = deleteBatch.applyAsInt(tenantId, before);
            deleted += batch;
        } while (batch > 0);
        return deleted;
    }

    /** The first instant of last month in {@code zone}: what came before it has been invoiced. */
    static Instant billedBefore(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return today.withDayOfMonth(1).minusMonths(1).atStartOfDay(zone).toInstant();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
