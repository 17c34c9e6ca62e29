package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event a payment provider sent (Stripe, Lemon Squeezy), kept whatever became of it: whether its signature held,
 * what it was, which invoice it named, and what Guichet did with it. The provider's event id is unique: a replay
 * finds its first delivery and does nothing.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    public static final int MAX_PAYLOAD = 30_000;

    @Id
    private String id;

    @Column(name = "provider", nullable = false, updatable = false)
    private String provider;

    /** The provider's id of the event; null when the body could not be read (one such row per delivery). */
    @Column(name = "event_id", updatable = false)
    private String eventId;

    @Column(name = "event_type", updatable = false)
    private String type;

    @Column(name = "verified", nullable = false, updatable = false)
    private boolean verified;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Column(name = "outcome", nullable = false, length = 500)
    private String outcome;

    @Column(name = "payload", length = MAX_PAYLOAD, updatable = false)
    private String payload;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected PaymentEvent() {}

    public PaymentEvent(String provider, String eventId, String type, boolean verified, String payload, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.provider = provider;
        this.eventId = eventId;
        this.type = type;
        this.verified = verified;
        this.payload = payload == null || payload.length() <= MAX_PAYLOAD ? payload : payload.substring(0, MAX_PAYLOAD);
        this.outcome = verified ? "received" : "refused";
        this.receivedAt = now;
    }

    public void handled(String invoice, String what) {
        this.invoiceId = invoice;
        this.outcome = what.length() > 500 ? what.substring(0, 500) : what;
    }

    public String id() {
        return id;
    }

    public String provider() {
        return provider;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public boolean verified() {
        return verified;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public String outcome() {
        return outcome;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
