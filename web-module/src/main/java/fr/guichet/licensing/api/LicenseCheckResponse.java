package fr.guichet.licensing.api;

import fr.guichet.licensing.service.LicenseCheck;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a key is worth now; an unknown or mistyped key says only its code (its other fields are null). */
@Schema(name = "LicenseCheck")
@JsonbNillable
public record LicenseCheckResponse(
        boolean valid,

        @Schema(
                enumeration = {
                    "NOT_FOUND",
                    "MALFORMED",
                    "REVOKED",
                    "SUSPENDED",
                    "EXPIRED",
                    "NOT_YET_ACTIVE",
                    "MAX_ACTIVATIONS_REACHED",
                    "VALID"
                })
        String code,

        @Schema(description = "The name of the plan the key grants", example = "Starter")
        String plan,

        String planId,

        @Schema(description = "Days of access an activation gives")
        Integer durationDays,

        @Schema(description = "From when the key can no longer be activated; absent: no limit")
        Instant expiresAt,

        Integer remainingActivations) {

    static LicenseCheckResponse of(LicenseCheck c) {
        return new LicenseCheckResponse(
                c.valid(),
                c.code().name(),
                c.plan(),
                c.planId(),
                c.durationDays(),
                c.expiresAt(),
                c.remainingActivations());
    }
}
