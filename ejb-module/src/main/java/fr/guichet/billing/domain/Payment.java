package fr.guichet.billing.domain;

import fr.guichet.common.domain.Money;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money received for an invoice: its date, amount, method and the payer's reference. The part above what the
 * invoice still owed ({@code toCredit}) went to the client's credit balance. Never changed once recorded.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private String invoiceId;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "to_credit", nullable = false, updatable = false)
    private BigDecimal toCredit;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(name = "reference", updatable = false)
    private String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;

    protected Payment() {}

    public Payment(
            String tenantId,
            String invoiceId,
            LocalDate receivedOn,
            Money amount,
            Money toCredit,
            PaymentMethod method,
            String reference,
            String recordedBy,
            Instant now) {
        new Validation().optionalText(reference, "reference", 140).throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.invoiceId = invoiceId;
        this.receivedOn = receivedOn;
        this.amount = amount.amount();
        this.toCredit = toCredit.amount();
        this.method = method;
        this.reference = Validation.clean(reference);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Money amount() {
        return Money.of(amount);
    }

    public Money toCredit() {
        return Money.of(toCredit);
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
