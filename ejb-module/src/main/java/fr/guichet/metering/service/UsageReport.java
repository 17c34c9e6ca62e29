package fr.guichet.metering.service;

import fr.guichet.metering.repository.UsageGroup;
import fr.guichet.metering.repository.UsageRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Usage over a period of calendar days in a time zone: the totals; the same sums by model, by provider and by
 * API key, the largest cost first (each breakdown adds up to the totals: they come from one grouped read); and one
 * entry per day (days without calls included, at zero), so a chart needs no gap filling.
 *
 * <p>The totals and breakdowns are summed by the database ({@link UsageGroup}). The daily series is summed here
 * from one row per event ({@link UsageRow}): a calendar day in the caller's time zone has no expression that
 * Derby and PostgreSQL share (timestamps are stored without a zone, neither converts zones the same way, and a
 * zone's offset changes within a period). It is a second read, so a call recorded between the two reads may be in
 * the days and not in the totals; a period that is over reads the same in both.
 */
public record UsageReport(
        LocalDate from,
        LocalDate to,
        String zone,
        UsageTotals totals,
        List<ModelUsage> byModel,
        List<ProviderUsage> byProvider,
        List<KeyUsage> byApiKey,
        List<Day> days) {

    /** The largest cost first, then the most calls served, then the most calls. */
    private static final Comparator<UsageTotals> LARGEST_FIRST = Comparator.comparing(UsageTotals::costEur)
            .thenComparingLong(UsageTotals::requests)
            .thenComparingLong(UsageTotals::calls)
            .reversed();

    private static final Comparator<String> BY_ID = Comparator.nullsLast(Comparator.naturalOrder());

    /** One calendar day of the period. */
    public record Day(LocalDate date, UsageTotals totals) {}

    /** The calls that asked for one model (refused) or that it answered (served, failed). */
    public record ModelUsage(String model, UsageTotals totals) {}

    /**
     * The calls routed to one provider, with its name (null when it was deleted since); {@code providerId} null
     * for the calls refused before a provider was chosen.
     */
    public record ProviderUsage(String providerId, String name, UsageTotals totals) {}

    /**
     * The calls made with one API key, with the key's tenant, name and masked form (null when it was deleted
     * since); {@code apiKeyId} null for calls made without a key.
     */
    public record KeyUsage(String apiKeyId, String tenantId, String name, String masked, UsageTotals totals) {}

    /** A key's calls are those of its tenant: a key id is never counted under another tenant. */
    private record KeyOf(String tenantId, String apiKeyId) {}

    /**
     * The report of the days [from, to] (inclusive) of {@code zone}: totals and breakdowns from the period's
     * grouped events, the daily series from its rows (rows outside the period are ignored), named with
     * {@code labels}.
     */
    public static UsageReport aggregate(
            List<UsageGroup> groups,
            List<UsageRow> rows,
            LocalDate from,
            LocalDate to,
            ZoneId zone,
            UsageLabels labels) {
        UsageTally total = new UsageTally();
        groups.forEach(g -> add(total, g));
        return new UsageReport(
                from,
                to,
                zone.getId(),
                total.totals(),
                breakdown(groups, UsageGroup::model, Function.identity(), ModelUsage::new),
                breakdown(
                        groups,
                        UsageGroup::providerId,
                        Function.identity(),
                        (id, totals) -> new ProviderUsage(
                                id, id == null ? null : labels.providerNames().get(id), totals)),
                breakdown(groups, g -> new KeyOf(g.tenantId(), g.apiKeyId()), KeyOf::apiKeyId, (key, totals) -> {
                    UsageLabels.Key label =
                            key.apiKeyId() == null ? null : labels.keys().get(key.apiKeyId());
                    boolean own = label != null && Objects.equals(label.tenantId(), key.tenantId());
                    return new KeyUsage(
                            key.apiKeyId(),
                            key.tenantId(),
                            own ? label.name() : null,
                            own ? label.masked() : null,
                            totals);
                }),
                days(rows, from, to, zone));
    }

    /** The groups summed per key, largest first, then by id. */
    private static <K, E> List<E> breakdown(
            List<UsageGroup> groups,
            Function<UsageGroup, K> keyOf,
            Function<K, String> idOf,
            BiFunction<K, UsageTotals, E> entry) {
        Map<K, UsageTally> tallies = new HashMap<>();
        groups.forEach(g -> add(tallies.computeIfAbsent(keyOf.apply(g), k -> new UsageTally()), g));
        record Sum<K>(K key, UsageTotals totals) {}
        return tallies.entrySet().stream()
                .map(e -> new Sum<>(e.getKey(), e.getValue().totals()))
                .sorted(Comparator.<Sum<K>, UsageTotals>comparing(Sum::totals, LARGEST_FIRST)
                        .thenComparing(s -> idOf.apply(s.key()), BY_ID))
                .map(s -> entry.apply(s.key(), s.totals()))
                .toList();
    }

    private static void add(UsageTally tally, UsageGroup g) {
        tally.add(g.outcome(), g.reason(), g.calls(), g.inputTokens(), g.outputTokens(), g.costEur());
    }

    private static List<Day> days(List<UsageRow> rows, LocalDate from, LocalDate to, ZoneId zone) {
        Map<LocalDate, UsageTally> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new UsageTally());
        }
        for (UsageRow row : rows) {
            UsageTally day = byDay.get(row.occurredAt().atZone(zone).toLocalDate());
            if (day != null) {
                day.add(row.outcome(), row.reason(), 1, row.inputTokens(), row.outputTokens(), row.costEur());
            }
        }
        List<Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, tally) -> days.add(new Day(date, tally.totals())));
        return List.copyOf(days);
    }
}
