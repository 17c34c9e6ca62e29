package fr.guichet.metering.service;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import fr.guichet.metering.repository.UsageRepository;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Usage reports: a tenant's own (days in the tenant's time zone) and the operator's over one tenant or all
 * (days in the operator's zone). The period is given as ISO dates, both inclusive; by default the current
 * calendar month up to today.
 */
@Stateless
public class UsageQueries {

    static final int MAX_DAYS = 366;

    @Inject
    UsageRepository usage;

    @Inject
    TenantRepository tenants;

    @Inject
    TenancyConfig config;

    @Inject
    Clock clock;

    public UsageReport forTenant(String tenantId, String from, String to) {
        return report(tenantId, requireTenant(tenantId).timeZone(), from, to);
    }

    /** For operators: one tenant when {@code tenantId} is given, otherwise every tenant. */
    public UsageReport forOperator(String tenantId, String from, String to) {
        if (tenantId != null && !tenantId.isBlank()) {
            requireTenant(tenantId);
            return report(tenantId, config.zone(), from, to);
        }
        return report(null, config.zone(), from, to);
    }

    private UsageReport report(String tenantId, ZoneId zone, String fromText, String toText) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = parse(fromText, "from", today.withDayOfMonth(1));
        LocalDate to = parse(toText, "to", today);
        new Validation()
                .require(!to.isBefore(from), "to", "must not be before from")
                .require(
                        ChronoUnit.DAYS.between(from, to) < MAX_DAYS,
                        "to",
                        "the period is at most " + MAX_DAYS + " days")
                .throwIfInvalid();
        var rows = usage.rows(
                tenantId,
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        return UsageReport.aggregate(rows, from, to, zone);
    }

    private Tenant requireTenant(String tenantId) {
        return tenants.find(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
    }

    private static LocalDate parse(String value, String field, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date such as 2026-11-01");
        }
    }
}
