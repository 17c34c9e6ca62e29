package fr.guichet.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    static final String SECRET = "whsec_test";
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final String BODY = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"created\":1796205600,"
            + "\"data\":{\"object\":{\"id\":\"pi_1\",\"amount_received\":12000,\"currency\":\"eur\","
            + "\"metadata\":{\"guichet_invoice_id\":\"inv-1\"}}}}";

    static String stripeHeader(long t, String body, String secret) {
        return "t=" + t + ",v1=" + Hmac.sha256Hex(secret, t + "." + body);
    }

    @Test
    @DisplayName("Stripe: a signature of the timestamp and body under the secret, within 5 minutes, holds")
    void stripeValid() {
        long t = NOW.getEpochSecond() - 60;
        assertThatCode(() -> StripeEvents.verify(stripeHeader(t, BODY, SECRET), BODY, SECRET, NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> StripeEvents.verify(
                        "t=" + t + ",v1=00," + "v1=" + Hmac.sha256Hex(SECRET, t + "." + BODY), BODY, SECRET, NOW))
                .as("one of several v1 signatures (a secret being rolled)")
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Stripe: missing, forged, another body, another secret or older than 5 minutes is refused")
    void stripeRefused() {
        long t = NOW.getEpochSecond();
        assertThatThrownBy(() -> StripeEvents.verify(null, BODY, SECRET, NOW)).isInstanceOf(SignatureRefused.class);
        assertThatThrownBy(() -> StripeEvents.verify("t=" + t + ",v1=deadbeef", BODY, SECRET, NOW))
                .isInstanceOf(SignatureRefused.class);
        assertThatThrownBy(() -> StripeEvents.verify(stripeHeader(t, BODY, SECRET), BODY + " ", SECRET, NOW))
                .isInstanceOf(SignatureRefused.class);
        assertThatThrownBy(() -> StripeEvents.verify(stripeHeader(t, BODY, "other"), BODY, SECRET, NOW))
                .isInstanceOf(SignatureRefused.class);
        long stale = NOW.getEpochSecond() - 301;
        assertThatThrownBy(() -> StripeEvents.verify(stripeHeader(stale, BODY, SECRET), BODY, SECRET, NOW))
                .isInstanceOf(SignatureRefused.class)
                .hasMessageContaining("5 minutes");
    }

    @Test
    @DisplayName("Stripe: a succeeded payment intent names Guichet's invoice and its amount in euros")
    void stripeRead() {
        ProviderEvent event =
                StripeEvents.read(Json.createReader(new StringReader(BODY)).readObject());
        assertThat(event.eventId()).isEqualTo("evt_1");
        assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.PAYMENT_SUCCEEDED);
        assertThat(event.invoiceId()).isEqualTo("inv-1");
        assertThat(event.amount()).isEqualByComparingTo("120.00");
        assertThat(event.currency()).isEqualTo("EUR");
        assertThat(event.reference()).isEqualTo("pi_1");
    }

    @Test
    @DisplayName("Lemon Squeezy: the hex HMAC of the body holds; anything else is refused")
    void lemonSqueezy() {
        String body = "{\"meta\":{\"event_name\":\"order_created\",\"custom_data\":{\"guichet_invoice_id\":\"inv-2\"}},"
                + "\"data\":{\"type\":\"orders\",\"id\":\"42\",\"attributes\":{\"status\":\"paid\",\"total\":1200,"
                + "\"currency\":\"EUR\",\"created_at\":\"2026-12-01T09:00:00.000000Z\"}}}";
        String secret = "lemon";
        assertThatCode(() -> LemonSqueezyEvents.verify(Hmac.sha256Hex(secret, body), body, secret))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LemonSqueezyEvents.verify(Hmac.sha256Hex("x", body), body, secret))
                .isInstanceOf(SignatureRefused.class);
        assertThatThrownBy(() -> LemonSqueezyEvents.verify("", body, secret)).isInstanceOf(SignatureRefused.class);
        ProviderEvent event = LemonSqueezyEvents.read(
                Json.createReader(new StringReader(body)).readObject());
        assertThat(event.eventId()).isEqualTo("orders/42/order_created");
        assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.PAYMENT_SUCCEEDED);
        assertThat(event.invoiceId()).isEqualTo("inv-2");
        assertThat(event.amount()).isEqualByComparingTo("12.00");
        assertThat(event.on()).hasToString("2026-12-01");
    }
}
