package fr.guichet.dispatch.service;

import java.math.BigDecimal;
import java.time.Instant;

/** A price to add: EUR per million tokens, at most 6 decimals; {@code effectiveFrom} null means now. */
public record NewPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion, Instant effectiveFrom) {}
