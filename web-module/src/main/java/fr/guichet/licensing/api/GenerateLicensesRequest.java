package fr.guichet.licensing.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order for license keys: one, or a batch with the same terms. */
@Schema(name = "GenerateLicensesRequest")
public record GenerateLicensesRequest(
        @NotBlank @Size(max = 36) @Schema(required = true, description = "The plan the keys grant")
        String planId,

        @Min(1) @Max(3660) @Schema(description = "Days of access each activation gives; default 30", example = "30")
        Integer durationDays,

        @Min(1)
        @Max(1000)
        @Schema(description = "Tenants that may activate each key, at most 1,000; default 1", example = "1")
        Integer maxActivations,

        @Min(1)
        @Schema(
                description = "How many keys, 1 to the configured maximum (1,000 by default); default 1",
                example = "500")
        Integer count,

        @Size(max = 120) @Schema(description = "The reseller who sells them", example = "Boutique Durand")
        String reseller,

        @Size(max = 500) @Schema(description = "A note for operators")
        String note,

        @Schema(description = "The keys cannot be activated before this instant")
        Instant validFrom,

        @Schema(description = "The keys cannot be activated from this instant on (in the future)")
        Instant activateBefore) {}
