package fr.guichet.billing.service.generation;

import fr.guichet.common.domain.Money;
import java.time.LocalDate;

/**
 * A plan in force from {@code from} within a period, with the fee it charges for that period (its promotional price
 * while it lasts).
 *
 * @param promotional whether {@code fee} is the plan's promotional price
 */
public record FeeSpan(LocalDate from, String planName, Money fee, boolean promotional) {}
