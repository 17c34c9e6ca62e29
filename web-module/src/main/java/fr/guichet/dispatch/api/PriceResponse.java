package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.PriceView;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price in EUR per million input and output tokens (6 decimals), in force from {@code effectiveFrom}. */
@Schema(name = "ModelPrice")
public record PriceResponse(
        @Schema(example = "0.138000") BigDecimal inputPerMillion,
        @Schema(example = "0.552000") BigDecimal outputPerMillion,
        Instant effectiveFrom) {

    static PriceResponse of(PriceView p) {
        return p == null ? null : new PriceResponse(p.inputPerMillion(), p.outputPerMillion(), p.effectiveFrom());
    }
}
