package fr.guichet.metering.service;

import fr.guichet.access.domain.ApiKey;
import fr.guichet.access.domain.ApiKeySecret;
import fr.guichet.access.repository.ApiKeyRepository;
import fr.guichet.access.service.ChainProviders;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import fr.guichet.metering.domain.UsagePeriod;
import fr.guichet.metering.repository.UsageRepository;
import fr.guichet.metering.repository.UsageRow;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Usage reports: a tenant's own (days in the tenant's time zone) and the operator's over one tenant or all
 * (days in the operator's zone). The period is given as ISO dates, both inclusive; by default the current
 * calendar month up to today. A tenant's report reads only that tenant's events, so its breakdowns never show
 * another tenant's keys; providers are named through access's port {@link ChainProviders}, keys by the access feature.
 */
@Stateless
public class UsageQueries {

    @Inject
    UsageRepository usage;

    @Inject
    TenantRepository tenants;

    @Inject
    ApiKeyRepository apiKeys;

    @Inject
    ChainProviders providers;

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
        Validation validation = new Validation();
        UsagePeriod period = UsagePeriod.parse(fromText, toText, today, validation);
        validation.throwIfInvalid();
        LocalDate from = period.from();
        LocalDate to = period.to();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<UsageRow> rows = usage.rows(tenantId, start, end);
        return UsageReport.aggregate(rows, from, to, zone, labels(rows));
    }

    /** The names of the providers and keys of the events; a key is named only under its own tenant. */
    private UsageLabels labels(List<UsageRow> rows) {
        Map<String, String> providerNames = new HashMap<>();
        for (String id : ids(rows, UsageRow::providerId)) {
            providers.find(id).ifPresent(p -> providerNames.put(id, p.name()));
        }
        Map<UsageLabels.KeyId, UsageLabels.Key> keys = new HashMap<>();
        for (ApiKey k : apiKeys.findByIds(ids(rows, UsageRow::apiKeyId))) {
            keys.put(
                    new UsageLabels.KeyId(k.tenantId(), k.id()),
                    new UsageLabels.Key(k.name(), ApiKeySecret.mask(k.prefix(), k.last4())));
        }
        return new UsageLabels(providerNames, keys);
    }

    private static Set<String> ids(List<UsageRow> rows, Function<UsageRow, String> id) {
        return rows.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Tenant requireTenant(String tenantId) {
        return tenants.find(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
    }
}
