package fr.guichet.metering.repository;

import java.math.BigDecimal;

/**
 * What a tenant's served calls of a period add up to: requests, tokens (input and output) and their provider cost
 * in EUR (unrounded).
 */
public record ServedTotals(long requests, long tokens, BigDecimal costEur) {}
