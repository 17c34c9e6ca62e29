package fr.guichet.dispatch.api;

import fr.guichet.common.domain.ModelName;
import fr.guichet.dispatch.service.NewModel;
import fr.guichet.dispatch.service.NewPrice;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a model of a provider to the catalogue with its first price (EUR per million tokens). */
@Schema(name = "CreateModelRequest")
public record CreateModelRequest(
        @NotBlank @Size(max = 36) @Schema(required = true) String providerId,

        @NotBlank
        @Pattern(regexp = ModelName.REGEX, message = ModelName.PROBLEM)
        @Schema(required = true, example = "gpt-4o-mini", pattern = ModelName.REGEX)
        String model,

        @Size(max = 120) @Schema(example = "GPT-4o mini", description = "Default: the model name")
        String displayName,

        @Schema(description = "Default true") Boolean enabled,

        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 6) @Schema(required = true, example = "0.138")
        BigDecimal inputPerMillion,

        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 6) @Schema(required = true, example = "0.552")
        BigDecimal outputPerMillion,

        @Schema(description = "When the price takes effect: now (the default) or later, never in the past")
        Instant effectiveFrom) {

    NewModel toNewModel() {
        return new NewModel(
                providerId,
                model,
                displayName,
                enabled,
                new NewPrice(inputPerMillion, outputPerMillion, effectiveFrom));
    }
}
