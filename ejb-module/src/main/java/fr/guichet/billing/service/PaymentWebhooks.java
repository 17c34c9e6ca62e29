package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.PaymentEvent;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.billing.webhook.LemonSqueezyEvents;
import fr.guichet.billing.webhook.ProviderEvent;
import fr.guichet.billing.webhook.SignatureRefused;
import fr.guichet.billing.webhook.StripeEvents;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives a payment provider's event: its signature checked (a refusal is kept, and nothing else happens), then
 * the event written once per provider's id — a replay finds it and does nothing — and acted on in the same
 * transaction: a payment recorded on the invoice Guichet named, a failed payment noted, a refund noted for an
 * operator. An event Guichet does not act on is kept and acknowledged.
 */
@Stateless
public class PaymentWebhooks {

    public static final String STRIPE = "stripe";
    public static final String LEMON_SQUEEZY = "lemonsqueezy";

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentEventStore refused;

    @Inject
    RecordPaymentService payments;

    @Inject
    Event<PaymentFailed> failures;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guichet.payments.stripe.webhook-secret")
    Optional<String> stripeSecret;

    @Inject
    @ConfigProperty(name = "guichet.payments.lemonsqueezy.webhook-secret")
    Optional<String> lemonSecret;

    /** What became of a delivery. */
    public record Receipt(String eventId, String outcome, boolean duplicate) {}

    /**
     * @param signature the provider's signature header ({@code Stripe-Signature}, {@code X-Signature})
     * @throws DomainException 400 for a refused signature or body, 404 for an unknown provider, 503 when the
     *     provider's secret is not configured (the provider retries later)
     */
    public Receipt receive(String provider, String signature, String body) {
        String secret = secret(provider);
        Instant now = clock.instant();
        ProviderEvent event;
        try {
            if (STRIPE.equals(provider)) {
                StripeEvents.verify(signature, body, secret, now);
                event = StripeEvents.read(json(body));
            } else {
                LemonSqueezyEvents.verify(signature, body, secret);
                event = LemonSqueezyEvents.read(json(body));
            }
        } catch (SignatureRefused e) {
            refused.keepRefused(provider, body, e.getMessage());
            throw DomainException.invalid("signature", e.getMessage());
        } catch (JsonException | ClassCastException | ArithmeticException e) {
            refused.keepRefused(provider, body, "unreadable body");
            throw DomainException.invalid("body", "is not an event this provider sends");
        }
        if (event.eventId() == null) {
            refused.keepRefused(provider, body, "no event id");
            throw DomainException.invalid("body", "has no event id");
        }
        Optional<PaymentEvent> earlier = invoices.paymentEvent(provider, event.eventId());
        if (earlier.isPresent()) {
            return new Receipt(event.eventId(), earlier.get().outcome(), true);
        }
        PaymentEvent kept = new PaymentEvent(provider, event.eventId(), event.type(), true, body, now);
        RowExists.insert("event " + event.eventId(), () -> {
            invoices.add(kept);
            invoices.flush();
        });
        act(provider, event, kept);
        return new Receipt(event.eventId(), kept.outcome(), false);
    }

    /** Events received, newest first, of one provider when given. */
    public fr.guichet.common.domain.Page<PaymentEventView> events(
            String provider, fr.guichet.common.domain.PageRequest page) {
        String which = provider == null || provider.isBlank() ? null : provider.strip();
        if (which != null && !STRIPE.equals(which) && !LEMON_SQUEEZY.equals(which)) {
            throw DomainException.invalid("provider", "must be stripe or lemonsqueezy");
        }
        return invoices.paymentEvents(which, page).map(PaymentEventView::of);
    }

    private void act(String provider, ProviderEvent event, PaymentEvent kept) {
        if (event.kind() == ProviderEvent.Kind.OTHER) {
            kept.handled(null, "ignored: Guichet does not act on " + event.type());
            return;
        }
        Optional<Invoice> invoice = event.invoiceId() == null ? Optional.empty() : invoices.find(event.invoiceId());
        if (invoice.isEmpty()
                || invoice.get().kind() != InvoiceKind.INVOICE
                || !invoice.get().issued()) {
            kept.handled(null, "ignored: no issued invoice of Guichet's is named (" + event.invoiceId() + ")");
            return;
        }
        Invoice target = invoice.get();
        switch (event.kind()) {
            case PAYMENT_SUCCEEDED -> paid(provider, event, kept, target);
            case PAYMENT_FAILED -> {
                failures.fire(new PaymentFailed(target.id(), target.tenantId(), event.reason(), provider));
                kept.handled(
                        target.id(), "payment failure noted" + (event.reason() == null ? "" : ": " + event.reason()));
            }
            case REFUNDED ->
                kept.handled(
                        target.id(),
                        "refund of " + event.amount() + " " + event.currency()
                                + " noted: correct the invoice with a credit note");
            default -> kept.handled(target.id(), "ignored");
        }
    }

    private void paid(String provider, ProviderEvent event, PaymentEvent kept, Invoice invoice) {
        if (!"EUR".equals(event.currency())) {
            kept.handled(invoice.id(), "not recorded: the payment is in " + event.currency() + ", invoices in EUR");
            return;
        }
        BigDecimal amount = event.amount();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("99999999.99")) > 0) {
            kept.handled(invoice.id(), "not recorded: no amount to record");
            return;
        }
        if (!invoice.balance().isPositive()) {
            // A second event for a payment already recorded (an order and its subscription payment, say): the
            // money is not counted twice; an operator refunds or credits a real second payment by hand.
            kept.handled(invoice.id(), "not recorded: the invoice is already paid (" + amount + " EUR received)");
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
        LocalDate on = event.on() == null || event.on().isAfter(today) ? today : event.on();
        payments.recordOnly(
                invoice.id(),
                on,
                amount,
                "card",
                provider + ":" + (event.reference() == null ? event.eventId() : event.reference()),
                true,
                "webhook:" + provider);
        kept.handled(invoice.id(), "payment of " + amount + " EUR recorded");
    }

    private String secret(String provider) {
        Optional<String> secret = switch (provider == null ? "" : provider) {
            case STRIPE -> stripeSecret;
            case LEMON_SQUEEZY -> lemonSecret;
            default ->
                throw new DomainException(
                        ErrorCode.NOT_FOUND, "No payment provider '" + provider + "': stripe or lemonsqueezy");
        };
        return secret.filter(s -> !s.isBlank())
                .orElseThrow(() -> new DomainException(
                        ErrorCode.SERVICE_UNAVAILABLE,
                        "The " + provider + " webhook secret is not configured on this server"));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        }
    }
}
