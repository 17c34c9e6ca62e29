package fr.guichet.metering.service;

import fr.guichet.access.service.ChainProviders;
import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.repository.UsageRollupQueries;
import fr.guichet.metering.repository.UsageRollupQueries.TenantRow;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One client's usage from the rollups (days in the operator's zone): the last 30 days day by day, and this month by
 * model, by provider and by API key. Read on every call: a client's rows of 30 days are a few hundred at most.
 */
@ApplicationScoped
public class ClientUsageHistory {

    static final int DAYS = 30;

    @Inject
    UsageRollupQueries rollups;

    @Inject
    ChainProviders providers;

    @Inject
    TenancyConfig config;

    @Inject
    Clock clock;

    /**
     * {@code days}: the last 30 days, oldest first, every day (zero when idle); {@code monthToDate} and the three
     * breakdowns: this month so far, largest cost first. {@code byKey} names keys by id ("" for calls without one).
     */
    public record History(
            LocalDate today,
            List<UsageOverview.Day> days,
            UsageRollup monthToDate,
            List<UsageOverview.Share> byModel,
            List<UsageOverview.Share> byProvider,
            List<UsageOverview.Share> byKey) {}

    public History of(String tenantId) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        LocalDate first = today.minusDays(DAYS - 1L);
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate from = monthStart.isBefore(first) ? monthStart : first;
        Map<LocalDate, UsageRollup> perDay = new LinkedHashMap<>();
        Map<String, UsageRollup> models = new LinkedHashMap<>();
        Map<String, UsageRollup> byProvider = new LinkedHashMap<>();
        Map<String, UsageRollup> keys = new LinkedHashMap<>();
        UsageRollup month = UsageRollup.ZERO;
        for (TenantRow row : rollups.tenantRows(tenantId, from, today)) {
            perDay.merge(row.day(), row.sums(), UsageRollup::plus);
            if (!row.day().isBefore(monthStart)) {
                month = month.plus(row.sums());
                models.merge(row.model(), row.sums(), UsageRollup::plus);
                byProvider.merge(row.providerId(), row.sums(), UsageRollup::plus);
                keys.merge(row.apiKeyId(), row.sums(), UsageRollup::plus);
            }
        }
        List<UsageOverview.Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new UsageOverview.Day(d, perDay.getOrDefault(d, UsageRollup.ZERO)));
        }
        return new History(
                today,
                days,
                month,
                UsageOverview.shares(models, Function.identity()),
                UsageOverview.shares(byProvider, this::providerName),
                UsageOverview.shares(keys, Function.identity()));
    }

    private String providerName(String providerId) {
        return UsageOverview.providerName(providers, providerId);
    }
}
