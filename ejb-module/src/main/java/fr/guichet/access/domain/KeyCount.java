package fr.guichet.access.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The most API keys live at one time within a window, from each key's creation and revocation instants. */
public final class KeyCount {

    private KeyCount() {}

    /** A key's life: from its creation to its revocation (null while live). */
    public record Span(Instant created, Instant revoked) {}

    /** At most how many of the spans overlap at one instant of [from, to); one ending as another starts does not. */
    public static long most(List<Span> spans, Instant from, Instant to) {
        List<Step> steps = new ArrayList<>();
        for (Span span : spans) {
            Instant start = span.created().isBefore(from) ? from : span.created();
            Instant end = span.revoked() == null || span.revoked().isAfter(to) ? to : span.revoked();
            if (end.isAfter(start)) {
                steps.add(new Step(start, 1));
                steps.add(new Step(end, -1));
            }
        }
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::change));
        long live = 0;
        long most = 0;
        for (Step step : steps) {
            live += step.change();
            most = Math.max(most, live);
        }
        return most;
    }

    private record Step(Instant at, int change) {}
}
