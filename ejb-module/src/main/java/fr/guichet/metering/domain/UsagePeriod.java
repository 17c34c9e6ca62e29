package fr.guichet.metering.domain;

import fr.guichet.common.domain.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days a usage report or the usage explorer covers, both included: at most {@value #MAX_DAYS} of them. */
public record UsagePeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /**
     * The period typed ({@code 2026-11-01}); a blank {@code from} is the first of {@code today}'s month, a blank
     * {@code to} is {@code today}. Every broken rule goes to {@code validation}; null when there is one.
     */
    public static UsagePeriod parse(String from, String to, LocalDate today, Validation validation) {
        LocalDate first = from == null || from.isBlank() ? today.withDayOfMonth(1) : validation.date(from, "from");
        LocalDate last = to == null || to.isBlank() ? today : validation.date(to, "to");
        if (first == null || last == null) {
            return null;
        }
        validation
                .require(!last.isBefore(first), "to", "must not be before from")
                .require(
                        ChronoUnit.DAYS.between(first, last) < MAX_DAYS,
                        "to",
                        "must make a period of at most " + MAX_DAYS + " days");
        return validation.isValid() ? new UsagePeriod(first, last) : null;
    }
}
