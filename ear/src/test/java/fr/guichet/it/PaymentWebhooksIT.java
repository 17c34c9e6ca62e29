package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Payment providers' webhooks as the providers sign them (the secrets are the test server's): Stripe and Lemon
 * Squeezy payments recorded on the invoice Guichet named, replays doing nothing, forged, stale and malformed
 * deliveries refused and kept, a failed payment noted and mailed, 1,000 events in a burst (each sent twice): none
 * lost, none twice.
 */
class PaymentWebhooksIT {

    static final Api OPERATOR = Api.operator();
    static final String STRIPE_SECRET = "whsec_it_0123456789abcdef";
    static final String LEMON_SECRET = "lemon-it-signing-secret";

    @BeforeAll
    static void company() {
        Billing.companyReady();
    }

    @Test
    @DisplayName("a Stripe payment is recorded on Guichet's invoice once; its replay is acknowledged and does nothing")
    void stripePaymentOnce() {
        String invoice = issued("hook-stripe", "100.00");
        String body = stripe("evt_" + Api.unique("ok"), "payment_intent.succeeded", invoice, 12000, "pi_it_1");
        Api.Reply first = stripePost(body, stripeSignature(body, Instant.now().getEpochSecond()));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("outcome").asText()).contains("recorded");
        Api.Reply replay = stripePost(body, stripeSignature(body, Instant.now().getEpochSecond()));
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().get("duplicate").asBoolean()).isTrue();

        JsonNode paid = OPERATOR.get("/api/admin/billing/invoices/" + invoice).json();
        assertThat(paid.at("/summary/status").asText()).isEqualTo("paid");
        assertThat(paid.get("payments")).hasSize(1);
        assertThat(paid.at("/payments/0/reference").asText()).isEqualTo("stripe:pi_it_1");
        assertThat(paid.at("/payments/0/recordedBy").asText()).isEqualTo("webhook:stripe");

        String late = stripe("evt_" + Api.unique("late"), "payment_intent.payment_failed", invoice, 12000, "pi_it_1");
        assertThat(stripePost(late, stripeSignature(late, Instant.now().getEpochSecond()))
                        .status())
                .isEqualTo(200);
        String tenantId = paid.at("/summary/tenantId").asText();
        assertThat(OPERATOR.get("/api/admin/billing/dunning?tenantId=" + tenantId)
                        .json())
                .as("a failure told after the payment starts no dunning")
                .isEmpty();
    }

    @Test
    @DisplayName("a forged, missing, stale or unreadable delivery gets 400, is kept as refused, and pays nothing")
    void refusedDeliveries() {
        String invoice = issued("hook-forged", "100.00");
        String body = stripe("evt_" + Api.unique("forged"), "payment_intent.succeeded", invoice, 12000, "pi_f");
        long now = Instant.now().getEpochSecond();
        assertThat(stripePost(body, "t=" + now + ",v1=" + "0".repeat(64)).status())
                .isEqualTo(400);
        assertThat(stripePost(body, null).status()).isEqualTo(400);
        Api.Reply stale = stripePost(body, stripeSignature(body, now - 600));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.toString()).contains("5 minutes");
        String noId = "{\"type\":\"payment_intent.succeeded\"}";
        assertThat(stripePost(noId, stripeSignature(noId, now)).status()).isEqualTo(400);
        assertThat(lemonPost(body, "nope").status()).isEqualTo(400);
        assertThat(Api.anonymous()
                        .header("Stripe-Signature", stripeSignature(body, now))
                        .postBytes("/api/webhooks/payments/paypal", body.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(404);

        assertThat(OPERATOR.get("/api/admin/billing/invoices/" + invoice).json().get("payments"))
                .as("nothing paid")
                .isEmpty();
        JsonNode events = OPERATOR.get("/api/admin/billing/payment-events?provider=stripe&size=5")
                .json();
        assertThat(events.get("items").findValuesAsText("verified")).contains("false");
        assertThat(events.get("items").findValuesAsText("outcome")).anyMatch(o -> o.startsWith("refused"));

        String other = stripe("evt_" + Api.unique("other"), "customer.created", invoice, 0, "cus_1");
        Api.Reply ignored = stripePost(other, stripeSignature(other, now));
        assertThat(ignored.status())
                .as("an event Guichet does not act on is acknowledged")
                .isEqualTo(200);
        assertThat(ignored.json().get("outcome").asText()).startsWith("ignored");
    }

    @Test
    @DisplayName("a failed payment is noted and the client is mailed; an operator may note one by hand")
    void failedPayment() {
        Tenants.Opened t = Billing.frenchBusiness("hook-failed", "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Pro", "1", "100.00"))));
        Billing.issue(invoice);
        String body = stripe("evt_" + Api.unique("fail"), "payment_intent.payment_failed", invoice, 12000, "pi_x")
                .replace(
                        "\"metadata\"",
                        "\"last_payment_error\":{\"message\":\"Your card was declined.\"},\"metadata\"");
        Api.Reply failed = stripePost(body, stripeSignature(body, Instant.now().getEpochSecond()));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().get("outcome").asText()).contains("Your card was declined.");

        Api.Reply byHand = OPERATOR.post(
                "/api/admin/billing/invoices/" + invoice + "/payment-failures", Map.of("reason", "Prélèvement rejeté"));
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(200);
        JsonNode dunning =
                OPERATOR.get("/api/admin/billing/dunning?tenantId=" + t.id()).json();
        assertThat(dunning)
                .as("one dunning for the invoice, at its first notice")
                .hasSize(1);
        assertThat(dunning.get(0).get("lastStep").asText()).isEqualTo("notice");
        assertThat(dunning.get(0).get("nextStep").asText()).isEqualTo("reminder");
        assertThat(dunning.get(0).get("owed").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(OPERATOR.get("/api/admin/billing/dunning").status()).isEqualTo(400);
        JsonNode mails =
                OPERATOR.get("/api/admin/mail?tenantId=" + t.id()).json().get("items");
        assertThat(mails.findValuesAsText("kind")).contains("payment_failed");
        assertThat(mails.findValuesAsText("subject")).anyMatch(s -> s.contains("INV-"));
    }

    @Test
    @DisplayName("a Lemon Squeezy order pays the invoice named in its custom data")
    void lemonSqueezyOrder() {
        String invoice = issued("hook-lemon", "50.00");
        String body = "{\"meta\":{\"event_name\":\"order_created\",\"custom_data\":{\"guichet_invoice_id\":\""
                + invoice + "\"}},\"data\":{\"type\":\"orders\",\"id\":\"" + Api.unique("o")
                + "\",\"attributes\":{\"status\":\"paid\",\"total\":6000,\"currency\":\"EUR\"}}}";
        Api.Reply reply = lemonPost(body, hex(LEMON_SECRET, body));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(OPERATOR.get("/api/admin/billing/invoices/" + invoice)
                        .json()
                        .at("/summary/status")
                        .asText())
                .isEqualTo("paid");
        assertThat(lemonPost(body, hex(LEMON_SECRET, body))
                        .json()
                        .get("duplicate")
                        .asBoolean())
                .isTrue();
        String second = body.replace("order_created", "subscription_payment_success")
                .replace("\"type\":\"orders\"", "\"type\":\"subscription-invoices\"");
        Api.Reply again = lemonPost(second, hex(LEMON_SECRET, second));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("outcome").asText())
                .as("the same payment told twice is counted once")
                .contains("already paid");
        assertThat(OPERATOR.get("/api/admin/billing/invoices/" + invoice).json().get("payments"))
                .hasSize(1);
    }

    @Test
    @DisplayName("1,000 events in a burst, each delivered twice at once: every payment recorded once")
    void burst() throws Exception {
        int invoices = 50;
        int perInvoice = 20;
        List<String> ids = new ArrayList<>();
        Tenants.Opened t = Billing.frenchBusiness("hook-burst", "fr");
        for (int i = 0; i < invoices; i++) {
            String id = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Burst " + i, "1", "10.00"))));
            Billing.issue(id);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            String run = Api.unique("b");
            for (int n = 0; n < invoices * perInvoice; n++) {
                String body = stripe(
                        "evt_" + run + "_" + n, "payment_intent.succeeded", ids.get(n % invoices), 60, "pi_" + run + n);
                for (int copy = 0; copy < 2; copy++) {
                    replies.add(pool.submit(() ->
                            stripePost(body, stripeSignature(body, Instant.now().getEpochSecond()))));
                }
            }
            for (Future<Api.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            JsonNode invoice = OPERATOR.get("/api/admin/billing/invoices/" + id).json();
            assertThat(invoice.get("payments"))
                    .as("20 events of 0.60 €, each once")
                    .hasSize(perInvoice);
            assertThat(invoice.get("paid").decimalValue()).isEqualByComparingTo("12.00");
            assertThat(invoice.at("/summary/status").asText()).isEqualTo("paid");
        }
    }

    private static String issued(String prefix, String amountHt) {
        Tenants.Opened t = Billing.frenchBusiness(prefix, "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Abonnement", "1", amountHt))));
        Billing.issue(invoice);
        return invoice;
    }

    static String stripe(String eventId, String type, String invoiceId, long cents, String objectId) {
        return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"" + objectId
                + "\",\"object\":\"payment_intent\",\"amount\":" + cents + ",\"amount_received\":" + cents
                + ",\"currency\":\"eur\",\"metadata\":{\"guichet_invoice_id\":\"" + invoiceId + "\"}}}}";
    }

    static String stripeSignature(String body, long timestamp) {
        return "t=" + timestamp + ",v1=" + hex(STRIPE_SECRET, timestamp + "." + body);
    }

    static String hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply stripePost(String body, String signature) {
        Api api = Api.anonymous();
        if (signature != null) {
            api.header("Stripe-Signature", signature);
        }
        return api.postBytes("/api/webhooks/payments/stripe", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Reply lemonPost(String body, String signature) {
        return Api.anonymous()
                .header("X-Signature", signature)
                .postBytes("/api/webhooks/payments/lemonsqueezy", body.getBytes(StandardCharsets.UTF_8));
    }
}
