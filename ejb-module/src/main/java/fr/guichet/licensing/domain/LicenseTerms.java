package fr.guichet.licensing.domain;

import fr.guichet.common.domain.Validation;
import java.time.Duration;
import java.time.Instant;

/**
 * What every key of a batch grants and when it may be activated, validated as a whole: a plan, a duration in days
 * (1 to {@link License#MAX_DAYS}), a number of activations, an optional reseller and note, an optional window of
 * activation ({@code validFrom} inclusive, {@code activateBefore} exclusive, which must end in the future).
 */
public record LicenseTerms(
        String planId,
        int durationDays,
        int maxActivations,
        String reseller,
        String note,
        Instant validFrom,
        Instant activateBefore) {

    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_ACTIVATIONS = 1;

    /** Terms from optional inputs (null: the default), validated at {@code now}. */
    public static LicenseTerms of(
            String planId,
            Integer durationDays,
            Integer maxActivations,
            String reseller,
            String note,
            Instant validFrom,
            Instant activateBefore,
            Instant now) {
        int days = durationDays == null ? DEFAULT_DAYS : durationDays;
        int activations = maxActivations == null ? DEFAULT_ACTIVATIONS : maxActivations;
        new Validation()
                .text(planId, "planId", 1, 36)
                .require(
                        days >= 1 && days <= License.MAX_DAYS,
                        "durationDays",
                        "must be between 1 and " + License.MAX_DAYS)
                .require(
                        activations >= 1 && activations <= License.MAX_ACTIVATIONS,
                        "maxActivations",
                        "must be between 1 and " + License.MAX_ACTIVATIONS)
                .optionalText(reseller, "reseller", 120)
                .optionalTextBlock(note, "note", 500)
                .require(
                        activateBefore == null || activateBefore.isAfter(now),
                        "activateBefore",
                        "must be in the future")
                .require(
                        activateBefore == null || validFrom == null || activateBefore.isAfter(validFrom),
                        "activateBefore",
                        "must be after validFrom")
                .require(validFrom == null || within(validFrom, now), "validFrom", "must be within ten years of now")
                .require(
                        activateBefore == null || within(activateBefore, now),
                        "activateBefore",
                        "must be within ten years of now")
                .throwIfInvalid();
        return new LicenseTerms(
                planId.strip(),
                days,
                activations,
                Validation.clean(reseller),
                Validation.clean(note),
                validFrom,
                activateBefore);
    }

    /** Whether the instant lies within ten years of now, either way (what every database stores). */
    static boolean within(Instant instant, Instant now) {
        Duration tenYears = Duration.ofDays(License.MAX_DAYS);
        return instant.isAfter(now.minus(tenYears)) && instant.isBefore(now.plus(tenYears));
    }
}
