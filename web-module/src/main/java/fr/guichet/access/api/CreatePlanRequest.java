package fr.guichet.access.api;

import fr.guichet.access.service.NewPlan;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a plan (without a provider chain: set it with PUT /api/admin/plans/{id}/providers). */
@Schema(name = "CreatePlanRequest")
public record CreatePlanRequest(
        @NotBlank
        @Size(max = 40)
        @Pattern(
                regexp = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
                message = "must be lower-case letters, digits and hyphens")
        @Schema(required = true, example = "team", description = "Unique, never changes")
        String code,

        @NotBlank @Size(max = 80) @Schema(required = true, example = "Team")
        String name,

        @NotNull
        @DecimalMin("0")
        @Digits(integer = 8, fraction = 2)
        @Schema(required = true, example = "149.00", description = "EUR excluding VAT")
        BigDecimal monthlyPriceEur,

        @Min(1) @Max(365) @Schema(description = "Absent: no trial")
        Integer trialDays,

        @Min(1) @Schema(description = "Absent: unlimited", example = "5000")
        Long requestsPerMonth,

        @NotNull @Min(1) @Max(1_000_000) @Schema(required = true, example = "20")
        Integer requestsPerMinute,

        @Min(1) @Schema(description = "Absent: unlimited") Long tokensPerMonth,

        @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Schema(description = "EUR per month; absent: none")
        BigDecimal spendCapEur,

        @DecimalMin("0")
        @Digits(integer = 8, fraction = 2)
        @Schema(description = "EUR per extra API key per month; absent: none")
        BigDecimal extraKeyPriceEur,

        @Schema(description = "Default true") Boolean enabled) {

    NewPlan toNewPlan() {
        return new NewPlan(
                code,
                name,
                monthlyPriceEur,
                trialDays,
                requestsPerMonth,
                requestsPerMinute,
                tokensPerMonth,
                spendCapEur,
                extraKeyPriceEur,
                enabled);
    }
}
