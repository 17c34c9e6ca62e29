package fr.guichet.billing.webhook;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Stripe's events: {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} under the endpoint's
 * secret, at most 5 minutes from now; the invoice is the {@code guichet_invoice_id} of the object's metadata.
 */
public final class StripeEvents {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    public static final String METADATA_KEY = "guichet_invoice_id";

    private StripeEvents() {}

    public static void verify(String header, String body, String secret, Instant now) throws SignatureRefused {
        if (header == null || header.isBlank()) {
            throw new SignatureRefused("Stripe-Signature is missing");
        }
        Long timestamp = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String item : header.split(",")) {
            String[] pair = item.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1].strip());
                } catch (NumberFormatException e) {
                    throw new SignatureRefused("Stripe-Signature has an unreadable timestamp");
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new SignatureRefused("Stripe-Signature needs t= and v1=");
        }
        String expected = Hmac.sha256Hex(secret, timestamp + "." + body);
        if (signatures.stream().noneMatch(s -> Hmac.same(expected, s))) {
            throw new SignatureRefused("Stripe-Signature does not match the body");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
            throw new SignatureRefused("Stripe-Signature is older than 5 minutes (a replay?)");
        }
    }

    public static ProviderEvent read(JsonObject event) {
        String type = event.getString("type", "");
        JsonObject object = event.getJsonObject("data") == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : event.getJsonObject("data").getJsonObject("object");
        if (object == null) {
            object = JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObject metadata = object.get("metadata") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
        ProviderEvent.Kind kind = switch (type) {
            // One event per payment: a payment intent's (or a Stripe invoice's), never also its charge's.
            case "payment_intent.succeeded", "invoice.paid" -> ProviderEvent.Kind.PAYMENT_SUCCEEDED;
            case "payment_intent.payment_failed", "invoice.payment_failed" -> ProviderEvent.Kind.PAYMENT_FAILED;
            case "charge.refunded" -> ProviderEvent.Kind.REFUNDED;
            default -> ProviderEvent.Kind.OTHER;
        };
        String amountField = switch (type) {
            case "payment_intent.succeeded" -> "amount_received";
            case "invoice.paid" -> "amount_paid";
            case "invoice.payment_failed" -> "amount_due";
            case "charge.refunded" -> "amount_refunded";
            default -> "amount";
        };
        String reason = object.get("last_payment_error") instanceof JsonObject error
                ? error.getString("message", null)
                : object.getString("failure_message", null);
        long created = event.get("created") instanceof JsonNumber n ? n.longValue() : 0;
        return new ProviderEvent(
                event.getString("id", null),
                type,
                kind,
                metadata.getString(METADATA_KEY, null),
                cents(object, amountField),
                object.containsKey("currency")
                        ? object.getString("currency", "").toUpperCase(Locale.ROOT)
                        : null,
                created == 0 ? null : LocalDate.ofInstant(Instant.ofEpochSecond(created), ZoneOffset.UTC),
                object.getString("id", null),
                reason);
    }

    static BigDecimal cents(JsonObject object, String field) {
        return object.get(field) instanceof JsonNumber n ? BigDecimal.valueOf(n.longValueExact(), 2) : null;
    }
}
