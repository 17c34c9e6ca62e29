package fr.guichet.limits.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A quota period: the calendar month of the tenant's time zone that contains an instant. November in Paris
 * starts at 2026-10-31T23:00Z; a call at 23:30 UTC on 31 October counts in November there, in October in New York.
 * A period rolls over on its own: the next call simply falls in the next month.
 */
public record QuotaPeriod(YearMonth month, ZoneId zone) {

    public static QuotaPeriod containing(Instant instant, ZoneId zone) {
        return new QuotaPeriod(YearMonth.from(instant.atZone(zone)), zone);
    }

    /** The key the counters are stored under, e.g. {@code 2026-11}. */
    public String key() {
        return month.toString();
    }

    /** The first instant of the period. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next period: when the counters start again from zero. */
    public Instant resetsAt() {
        ZonedDateTime next = month.plusMonths(1).atDay(1).atStartOfDay(zone);
        return next.toInstant();
    }
}
