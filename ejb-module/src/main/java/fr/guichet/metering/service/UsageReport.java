package fr.guichet.metering.service;

import fr.guichet.metering.repository.UsageRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Usage over a period of calendar days in a time zone: the totals; the same sums by model, by provider and by
 * API key, the largest cost first; and one entry per day (days without calls included, at zero), so a chart needs
 * no gap filling. All come from one read of the period's events, so each breakdown and the days add up to the
 * totals.
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

    private static final Comparator<UsageLabels.KeyId> BY_KEY =
            Comparator.comparing(UsageLabels.KeyId::apiKeyId, BY_ID).thenComparing(UsageLabels.KeyId::tenantId, BY_ID);

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

    /**
     * The report of the days [from, to] (inclusive) of {@code zone} from the period's events (events outside it are
     * ignored), named with {@code labels}.
     */
    public static UsageReport aggregate(
            List<UsageRow> rows, LocalDate from, LocalDate to, ZoneId zone, UsageLabels labels) {
        Map<LocalDate, UsageTally> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new UsageTally());
        }
        List<UsageRow> inPeriod =
                rows.stream().filter(r -> byDay.containsKey(day(r, zone))).toList();
        UsageTally total = new UsageTally();
        for (UsageRow row : inPeriod) {
            add(total, row);
            add(byDay.get(day(row, zone)), row);
        }
        List<Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, tally) -> days.add(new Day(date, tally.totals())));
        return new UsageReport(
                from,
                to,
                zone.getId(),
                total.totals(),
                breakdown(inPeriod, UsageRow::model, BY_ID, ModelUsage::new),
                breakdown(
                        inPeriod,
                        UsageRow::providerId,
                        BY_ID,
                        (id, totals) -> new ProviderUsage(
                                id, id == null ? null : labels.providerNames().get(id), totals)),
                breakdown(inPeriod, r -> new UsageLabels.KeyId(r.tenantId(), r.apiKeyId()), BY_KEY, (key, totals) -> {
                    UsageLabels.Key label = labels.keys().get(key);
                    return new KeyUsage(
                            key.apiKeyId(),
                            key.tenantId(),
                            label == null ? null : label.name(),
                            label == null ? null : label.masked(),
                            totals);
                }),
                List.copyOf(days));
    }

    /** The events summed per key, largest first, then in {@code order}. */
    private static <K, E> List<E> breakdown(
            List<UsageRow> rows,
            Function<UsageRow, K> keyOf,
            Comparator<K> order,
            BiFunction<K, UsageTotals, E> entry) {
        Map<K, UsageTally> tallies = new HashMap<>();
        rows.forEach(r -> add(tallies.computeIfAbsent(keyOf.apply(r), k -> new UsageTally()), r));
        record Sum<K>(K key, UsageTotals totals) {}
        return tallies.entrySet().stream()
                .map(e -> new Sum<>(e.getKey(), e.getValue().totals()))
                .sorted(Comparator.<Sum<K>, UsageTotals>comparing(Sum::totals, LARGEST_FIRST)
                        .thenComparing(Sum::key, order))
                .map(s -> entry.apply(s.key(), s.totals()))
                .toList();
    }

    private static LocalDate day(UsageRow row, ZoneId zone) {
        return row.occurredAt().atZone(zone).toLocalDate();
    }

    private static void add(UsageTally tally, UsageRow row) {
        tally.add(row.outcome(), row.reason(), 1, row.inputTokens(), row.outputTokens(), row.costEur());
    }
}
