package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.NewPrice;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new price of a model; earlier prices stay in the history and keep costing the calls made under them. */
@Schema(name = "SetPriceRequest")
public record SetPriceRequest(
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 6) @Schema(required = true, example = "0.15")
        BigDecimal inputPerMillion,

        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 6) @Schema(required = true, example = "0.6")
        BigDecimal outputPerMillion,

        @Schema(description = "When the price takes effect: now (the default) or later, never in the past")
        Instant effectiveFrom) {

    NewPrice toNewPrice() {
        return new NewPrice(inputPerMillion, outputPerMillion, effectiveFrom);
    }
}
