package fr.guichet.licensing.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Days to add to a key (and to the access of those who activated it) and/or a later activation deadline. */
@Schema(name = "ExtendLicenseRequest")
public record ExtendLicenseRequest(
        @Min(0) @Max(3660) @Schema(description = "Days to add", example = "30")
        Integer days,

        @Schema(description = "A later instant before which the key can be activated")
        Instant activateBefore,

        @NotBlank @Size(max = 1000) @Schema(required = true, example = "Goodwill after an outage")
        String reason) {}
