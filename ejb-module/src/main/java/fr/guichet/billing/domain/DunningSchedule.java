package fr.guichet.billing.domain;

import fr.guichet.common.domain.DomainException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps of dunning and the day each comes, counted from the day it started: by default the operators' notice at
 * once, reminders on days 3 and 7, suspension on day 14, cancellation on day 30 ({@code
 * P0D:notice,P3D:reminder,P7D:last_chance,P14D:suspend,P30D:cancel}).
 */
public record DunningSchedule(List<Entry> entries) {

    public static final String DEFAULT = "P0D:notice,P3D:reminder,P7D:last_chance,P14D:suspend,P30D:cancel";

    /** One step and its offset. */
    public record Entry(Period after, DunningStep step) {}

    public DunningSchedule {
        entries = List.copyOf(entries);
    }

    /** Reads {@code P3D:reminder,…}; offsets must go up. */
    public static DunningSchedule parse(String text) {
        List<Entry> entries = new ArrayList<>();
        int lastDays = -1;
        for (String item : text.split(",")) {
            String[] pair = item.strip().split(":", 2);
            try {
                Period after = Period.parse(pair[0].strip());
                DunningStep step = DunningStep.valueOf(pair[1].strip().toUpperCase(Locale.ROOT));
                int days = after.getDays() + after.getMonths() * 31 + after.getYears() * 366;
                if (days < lastDays) {
                    throw DomainException.invalid("schedule", "steps must come in order of their day");
                }
                lastDays = days;
                entries.add(new Entry(after, step));
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                if (e instanceof DomainException d) {
                    throw d;
                }
                throw DomainException.invalid("schedule", "'" + item.strip() + "' is not a step such as P3D:reminder");
            }
        }
        return new DunningSchedule(entries);
    }

    /** The day of the step at {@code index} for a dunning that started on {@code startedOn}. */
    public LocalDate dayOf(int index, LocalDate startedOn) {
        return startedOn.plus(entries.get(index).after());
    }

    /** The day of the first step of this kind, or null when the schedule has none. */
    public LocalDate dayOf(DunningStep step, LocalDate startedOn) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).step() == step) {
                return dayOf(i, startedOn);
            }
        }
        return null;
    }
}
