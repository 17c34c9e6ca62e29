package fr.guichet.licensing.service;

import fr.guichet.licensing.domain.License;
import fr.guichet.licensing.domain.LicenseCheckCode;
import java.time.Instant;

/**
 * A read model of a license key, never its secret: its last four characters, terms, counts, status and what
 * checking it would say now ({@code state}: a {@link LicenseCheckCode} in lower case).
 */
public record LicenseView(
        String id,
        String keyHint,
        String planId,
        String planName,
        int durationDays,
        int maxActivations,
        int activations,
        String status,
        String state,
        String batchId,
        String reseller,
        String note,
        Instant validFrom,
        Instant activateBefore,
        Instant createdAt,
        String createdBy,
        Instant statusChangedAt,
        String statusReason) {

    static LicenseView of(License l, String planName, Instant now) {
        return new LicenseView(
                l.id(),
                l.keyHint(),
                l.planId(),
                planName,
                l.durationDays(),
                l.maxActivations(),
                l.activations(),
                l.status().wireName(),
                l.checkAt(now).name().toLowerCase(java.util.Locale.ROOT),
                l.batchId(),
                l.reseller(),
                l.note(),
                l.validFrom(),
                l.activateBefore(),
                l.createdAt(),
                l.createdBy(),
                l.statusChangedAt(),
                l.statusReason());
    }
}
