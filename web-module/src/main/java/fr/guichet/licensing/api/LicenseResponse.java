package fr.guichet.licensing.api;

import fr.guichet.licensing.service.LicenseView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A license key as listed: never its secret, only its last four characters. */
@Schema(name = "License")
public record LicenseResponse(
        String id,

        @Schema(
                description = "The key with all but its last four characters hidden",
                example = "*****-*****-*****-*****-*Q7KD")
        String masked,

        String planId,
        @Schema(example = "Starter") String plan,
        int durationDays,
        int maxActivations,
        int activations,
        int remainingActivations,

        @Schema(enumeration = {"active", "suspended", "revoked"})
        String status,

        @Schema(
                description = "What checking the key would answer now",
                enumeration = {"valid", "revoked", "suspended", "expired", "not_yet_active", "max_activations_reached"})
        String state,

        String batchId,
        String reseller,
        String note,
        Instant validFrom,
        Instant activateBefore,
        Instant createdAt,
        String createdBy,
        Instant statusChangedAt,

        @Schema(description = "Why it was last revoked, suspended or reinstated")
        String statusReason) {

    static LicenseResponse of(LicenseView l) {
        return new LicenseResponse(
                l.id(),
                "*****-*****-*****-*****-*" + l.keyHint(),
                l.planId(),
                l.planName(),
                l.durationDays(),
                l.maxActivations(),
                l.activations(),
                Math.max(0, l.maxActivations() - l.activations()),
                l.status(),
                l.state(),
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

    /** For the OpenAPI document only: a page of licenses. */
    @Schema(name = "LicensePage")
    record Page(List<LicenseResponse> items, int page, int size, long total, long totalPages) {}
}
