package fr.guichet.metering.service;

import fr.guichet.metering.repository.UsageRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage over a period of calendar days in a time zone: the totals and one entry per day (days without calls
 * included, at zero), so a chart needs no gap filling.
 */
public record UsageReport(LocalDate from, LocalDate to, String zone, UsageTotals totals, List<Day> days) {

    /** One calendar day of the period. */
    public record Day(LocalDate date, UsageTotals totals) {}

    /** Aggregates events into the days [from, to] (inclusive) of {@code zone}; events outside are ignored. */
    public static UsageReport aggregate(List<UsageRow> rows, LocalDate from, LocalDate to, ZoneId zone) {
        Map<LocalDate, UsageTotals> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, UsageTotals.ZERO);
        }
        UsageTotals total = UsageTotals.ZERO;
        for (UsageRow row : rows) {
            LocalDate day = row.occurredAt().atZone(zone).toLocalDate();
            UsageTotals current = byDay.get(day);
            if (current != null) {
                byDay.put(day, current.plus(row.outcome(), row.inputTokens(), row.outputTokens(), row.costEur()));
                total = total.plus(row.outcome(), row.inputTokens(), row.outputTokens(), row.costEur());
            }
        }
        List<Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, totals) -> days.add(new Day(date, totals)));
        return new UsageReport(from, to, zone.getId(), total, List.copyOf(days));
    }
}
