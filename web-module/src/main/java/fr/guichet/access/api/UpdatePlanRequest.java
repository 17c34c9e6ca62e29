package fr.guichet.access.api;

import fr.guichet.access.service.PlanChanges;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a plan; absent fields stay as they are, {@code unset} clears optional ones. The code never changes. */
@Schema(name = "UpdatePlanRequest")
public record UpdatePlanRequest(
        @Size(min = 1, max = 80) String name,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal monthlyPriceEur,
        @Min(1) @Max(365) Integer trialDays,
        @Min(1) Long requestsPerMonth,
        @Min(1) @Max(1_000_000) Integer requestsPerMinute,
        @Min(1) Long tokensPerMonth,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal spendCapEur,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal extraKeyPriceEur,
        Boolean enabled,

        @Size(max = 5)
        @Schema(
                description = "Optional fields to clear (no trial, unlimited, none)",
                example = "[\"requestsPerMonth\"]",
                enumeration = {"trialDays", "requestsPerMonth", "tokensPerMonth", "spendCapEur", "extraKeyPriceEur"})
        List<@NotNull String> unset) {

    PlanChanges toChanges() {
        return new PlanChanges(
                name,
                monthlyPriceEur,
                trialDays,
                requestsPerMonth,
                requestsPerMinute,
                tokensPerMonth,
                spendCapEur,
                extraKeyPriceEur,
                enabled,
                unset);
    }
}
