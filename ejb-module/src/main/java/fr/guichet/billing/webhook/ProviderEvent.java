package fr.guichet.billing.webhook;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider's event as Guichet acts on it.
 *
 * @param eventId the provider's id of the event (idempotence)
 * @param type the provider's name of the event
 * @param kind what it means for an invoice
 * @param invoiceId Guichet's invoice id, as Guichet gave it to the provider (metadata, custom data); may be null
 * @param amount the amount in the event's currency (major units), or null
 * @param currency ISO 4217, upper case, or null
 * @param on the day it happened (UTC)
 * @param reference the provider's id of the payment, for the payment's reference
 * @param reason why a payment failed, in the provider's words, or null
 */
public record ProviderEvent(
        String eventId,
        String type,
        Kind kind,
        String invoiceId,
        BigDecimal amount,
        String currency,
        LocalDate on,
        String reference,
        String reason) {

    public enum Kind {
        PAYMENT_SUCCEEDED,
        PAYMENT_FAILED,
        REFUNDED,
        OTHER
    }
}
