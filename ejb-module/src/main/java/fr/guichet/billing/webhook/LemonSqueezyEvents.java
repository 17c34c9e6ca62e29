package fr.guichet.billing.webhook;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Lemon Squeezy's events: {@code X-Signature: <hex HMAC-SHA256 of the body>} under the webhook's signing secret; the
 * invoice is the {@code guichet_invoice_id} of the checkout's custom data ({@code meta.custom_data}). An event has no
 * id of its own: it is the object's type and id with the event's name ({@code orders/123/order_created}).
 */
public final class LemonSqueezyEvents {

    private LemonSqueezyEvents() {}

    public static void verify(String header, String body, String secret) throws SignatureRefused {
        if (header == null || header.isBlank()) {
            throw new SignatureRefused("X-Signature is missing");
        }
        if (!Hmac.same(Hmac.sha256Hex(secret, body), header)) {
            throw new SignatureRefused("X-Signature does not match the body");
        }
    }

    public static ProviderEvent read(JsonObject event) {
        JsonObject meta = event.get("meta") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject data = event.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject attributes = data.get("attributes") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject custom = meta.get("custom_data") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        String name = meta.getString("event_name", "");
        ProviderEvent.Kind kind = switch (name) {
            case "order_created", "subscription_payment_success" ->
                "paid".equals(attributes.getString("status", "paid"))
                        ? ProviderEvent.Kind.PAYMENT_SUCCEEDED
                        : ProviderEvent.Kind.OTHER;
            case "subscription_payment_failed" -> ProviderEvent.Kind.PAYMENT_FAILED;
            case "order_refunded", "subscription_payment_refunded" -> ProviderEvent.Kind.REFUNDED;
            default -> ProviderEvent.Kind.OTHER;
        };
        String objectId = data.getString("type", "?") + "/" + data.getString("id", "?");
        return new ProviderEvent(
                data.containsKey("id") ? objectId + "/" + name : null,
                name,
                kind,
                custom.getString(StripeEvents.METADATA_KEY, null),
                StripeEvents.cents(attributes, kind == ProviderEvent.Kind.REFUNDED ? "refunded_amount" : "total"),
                attributes.containsKey("currency")
                        ? attributes.getString("currency", "").toUpperCase(Locale.ROOT)
                        : null,
                day(attributes.getString("created_at", null)),
                objectId,
                attributes.getString("status_formatted", null));
    }

    private static LocalDate day(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp)
                    .atZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
