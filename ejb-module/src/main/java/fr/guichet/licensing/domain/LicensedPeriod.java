package fr.guichet.licensing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The licensed access that a tenant's activations add up to. Taken in the order they were activated, each one
 * adds its days to the end of the access in force at its activation, or starts a new access if the previous one had
 * ended: a second key extends the first. Only activations of keys that still grant access count (a revoked or
 * suspended key's days are taken away), so the period is recomputed from scratch after every change.
 */
public final class LicensedPeriod {

    /** One activation as the period sees it: when, for how many days, and the plan of its key. */
    public record Part(Instant activatedAt, int days, String planId) {}

    /** The access in force: from, until (exclusive), and the plan of the latest activation. */
    public record Span(Instant startsAt, Instant endsAt, String planId) {

        public boolean inForceAt(Instant now) {
            return !now.isBefore(startsAt) && now.isBefore(endsAt);
        }
    }

    private LicensedPeriod() {}

    /** Every span the parts make, oldest first (the access a tenant had and has; billing does not bill its days). */
    public static List<Span> spans(List<Part> parts) {
        java.util.List<Span> spans = new java.util.ArrayList<>();
        Span current = null;
        for (Part part :
                parts.stream().sorted(Comparator.comparing(Part::activatedAt)).toList()) {
            Duration length = Duration.ofDays(part.days());
            if (current == null || !part.activatedAt().isBefore(current.endsAt())) {
                if (current != null) {
                    spans.add(current);
                }
                current = new Span(part.activatedAt(), part.activatedAt().plus(length), part.planId());
            } else {
                current = new Span(current.startsAt(), current.endsAt().plus(length), part.planId());
            }
        }
        if (current != null) {
            spans.add(current);
        }
        return List.copyOf(spans);
    }

    /** The span that the parts make and that is still running at {@code now}; empty when access has ended. */
    public static Optional<Span> at(List<Part> parts, Instant now) {
        Span current = null;
        for (Part part :
                parts.stream().sorted(Comparator.comparing(Part::activatedAt)).toList()) {
            Duration length = Duration.ofDays(part.days());
            if (current == null || !part.activatedAt().isBefore(current.endsAt())) {
                current = new Span(part.activatedAt(), part.activatedAt().plus(length), part.planId());
            } else {
                current = new Span(current.startsAt(), current.endsAt().plus(length), part.planId());
            }
        }
        return Optional.ofNullable(current).filter(span -> span.inForceAt(now));
    }
}
