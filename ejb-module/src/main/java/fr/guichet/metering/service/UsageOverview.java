package fr.guichet.metering.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.access.service.ChainProviders;
import fr.guichet.common.cache.Caches;
import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.repository.UsageRollupQueries;
import fr.guichet.metering.repository.UsageRollupQueries.ModelSums;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The operator's view of usage over every client, from the rollups (days in the operator's zone): this month against
 * the same days of the last one, the clients active today, the last 30 days day by day, by model and provider, and
 * the clients that cost the most. Today's figures are read each time; yesterday's are kept here ten minutes (a call
 * recorded just after midnight for the day before shows within that time), older days' six hours.
 */
@ApplicationScoped
public class UsageOverview {

    static final int DAYS = 30;
    static final int TOP = 10;

    @Inject
    UsageRollupQueries rollups;

    @Inject
    TenantRepository tenants;

    @Inject
    ChainProviders providers;

    @Inject
    TenancyConfig config;

    @Inject
    Clock clock;

    private final Cache<LocalDate, List<ModelSums>> yesterday =
            Caches.bounded(2).expireAfterWrite(Duration.ofMinutes(10)).build();
    private final Cache<LocalDate, List<ModelSums>> closedDays =
            Caches.bounded(400).expireAfterWrite(Duration.ofHours(6)).build();

    public record Day(LocalDate day, UsageRollup sums) {}

    public record Share(String name, UsageRollup sums) {}

    public record TenantCost(String tenantId, String name, UsageRollup sums) {}

    /**
     * {@code monthToDate}: this month so far; {@code lastMonthToDate}: the last month up to the same day;
     * {@code days}: the last 30 days, oldest first (every day, zero when idle).
     */
    public record Overview(
            LocalDate today,
            UsageRollup monthToDate,
            UsageRollup lastMonthToDate,
            long activeTenantsToday,
            List<Day> days,
            List<Share> byModel,
            List<Share> byProvider,
            List<TenantCost> topByCost) {}

    public Overview overview() {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        Map<LocalDate, List<ModelSums>> read = new LinkedHashMap<>();
        LocalDate first = today.minusDays(DAYS - 1L);
        LocalDate lastMonthStart = today.minusMonths(1).withDayOfMonth(1);
        LocalDate from = lastMonthStart.isBefore(first) ? lastMonthStart : first;
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            read.put(d, day(d, today));
        }
        List<Day> days = new ArrayList<>();
        Map<String, UsageRollup> models = new LinkedHashMap<>();
        Map<String, UsageRollup> byProvider = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new Day(d, total(read.get(d))));
            for (ModelSums m : read.get(d)) {
                models.merge(m.model(), m.sums(), UsageRollup::plus);
                byProvider.merge(m.providerId(), m.sums(), UsageRollup::plus);
            }
        }
        LocalDate sameDayLastMonth = today.minusMonths(1);
        UsageRollup lastMonth = sum(read, lastMonthStart, sameDayLastMonth);
        UsageRollup thisMonth = sum(read, today.withDayOfMonth(1), today);
        return new Overview(
                today,
                thisMonth,
                lastMonth,
                rollups.activeTenants(today),
                days,
                shares(models, Function.identity()),
                shares(byProvider, this::providerName),
                top(YearMonth.from(today).toString()));
    }

    private List<ModelSums> day(LocalDate day, LocalDate today) {
        if (!day.isBefore(today)) {
            return rollups.dayByModel(day);
        }
        return (day.equals(today.minusDays(1)) ? yesterday : closedDays).get(day, rollups::dayByModel);
    }

    private static UsageRollup sum(Map<LocalDate, List<ModelSums>> read, LocalDate from, LocalDate to) {
        UsageRollup sum = UsageRollup.ZERO;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            sum = sum.plus(total(read.getOrDefault(d, List.of())));
        }
        return sum;
    }

    private static UsageRollup total(List<ModelSums> groups) {
        return groups.stream().map(ModelSums::sums).reduce(UsageRollup.ZERO, UsageRollup::plus);
    }

    /** Largest cost first; served calls break ties (free models). */
    static List<Share> shares(Map<String, UsageRollup> sums, Function<String, String> name) {
        return sums.entrySet().stream()
                .filter(e -> e.getValue().served() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, UsageRollup> e) ->
                                e.getValue().costEur())
                        .thenComparingLong(e -> e.getValue().served())
                        .reversed())
                .map(e -> new Share(name.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private String providerName(String providerId) {
        return providerName(providers, providerId);
    }

    /** A provider's name, its id when it is gone, "—" for none. */
    static String providerName(ChainProviders providers, String providerId) {
        return providerId.isEmpty()
                ? "—"
                : providers
                        .find(providerId)
                        .map(ChainProviders.ChainProvider::name)
                        .orElse(providerId);
    }

    private List<TenantCost> top(String month) {
        return rollups.topByCost(month, TOP).stream()
                .map(t -> new TenantCost(
                        t.tenantId(),
                        tenants.find(t.tenantId()).map(x -> x.name()).orElse(t.tenantId()),
                        t.sums()))
                .toList();
    }

    /** The change from {@code before} to {@code now} in percent, one decimal; null when there was nothing before. */
    public static BigDecimal percentChange(BigDecimal now, BigDecimal before) {
        return before.signum() == 0
                ? null
                : now.subtract(before)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(before, 1, java.math.RoundingMode.HALF_UP);
    }
}
