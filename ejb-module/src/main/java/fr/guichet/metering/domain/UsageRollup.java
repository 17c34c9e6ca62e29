package fr.guichet.metering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * What calls add to a rollup row: how many were served (answered in full, or a stream cut after part of it), refused
 * by Guichet or failed at every provider, and the tokens and the cost in EUR of those served only, as the usage
 * reports count them; {@code lastAt} is when the latest of them happened.
 */
public record UsageRollup(
        long served,
        long refused,
        long failed,
        long inputTokens,
        long outputTokens,
        BigDecimal costEur,
        Instant lastAt) {

    /** Nothing called. */
    public static final UsageRollup ZERO =
            new UsageRollup(0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(UsageEvent.COST_SCALE), Instant.EPOCH);

    /** The rollup row of a day: the day in the operator's zone, the tenant, model, provider and key ("" for none). */
    public record DayKey(LocalDate day, String tenantId, String model, String providerId, String apiKeyId) {

        public static DayKey of(UsageRecord call, ZoneId zone) {
            return new DayKey(
                    LocalDate.ofInstant(call.occurredAt(), zone),
                    call.tenantId(),
                    call.model(),
                    orEmpty(call.providerId()),
                    orEmpty(call.apiKeyId()));
        }

        /** The month row this day adds to ({@code 2026-12}). */
        public String month() {
            return YearMonth.from(day).toString();
        }
    }

    /** What one call adds. */
    public static UsageRollup of(UsageRecord call) {
        return of(call.outcome(), call.inputTokens(), call.outputTokens(), call.costEur(), call.occurredAt());
    }

    public static UsageRollup of(Outcome outcome, long input, long output, BigDecimal cost, Instant at) {
        boolean served = served(outcome);
        return new UsageRollup(
                served ? 1 : 0,
                outcome == Outcome.REJECTED ? 1 : 0,
                outcome == Outcome.PROVIDER_ERROR ? 1 : 0,
                served ? input : 0,
                served ? output : 0,
                (served ? cost : BigDecimal.ZERO).setScale(UsageEvent.COST_SCALE, RoundingMode.HALF_UP),
                at);
    }

    public UsageRollup plus(UsageRollup other) {
        return new UsageRollup(
                served + other.served,
                refused + other.refused,
                failed + other.failed,
                inputTokens + other.inputTokens,
                outputTokens + other.outputTokens,
                costEur.add(other.costEur),
                lastAt.isAfter(other.lastAt) ? lastAt : other.lastAt);
    }

    /** Whether the quota counts the call and billing prices it: answered in full, or a stream cut after part of it. */
    public static boolean served(Outcome outcome) {
        return outcome == Outcome.SUCCESS || outcome == Outcome.INTERRUPTED;
    }

    private static String orEmpty(String id) {
        return id == null ? "" : id;
    }
}
