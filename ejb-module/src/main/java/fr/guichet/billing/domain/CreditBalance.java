package fr.guichet.billing.domain;

import fr.guichet.common.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * What the operator owes a client (an overpayment, a credit note on a paid invoice): taken off the next invoices
 * when they are issued, as a prepaid amount.
 */
@Entity
@Table(name = "credit_balance")
public class CreditBalance {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Version
    private int version;

    protected CreditBalance() {}

    public CreditBalance(String tenantId) {
        this.tenantId = tenantId;
        this.amount = BigDecimal.ZERO.setScale(2);
    }

    public void add(Money credit) {
        amount = amount().plus(credit).amount();
    }

    /** Takes what it can towards {@code due}; returns what was taken. */
    public Money use(Money due) {
        Money taken = amount().min(due).max(Money.ZERO);
        amount = amount().minus(taken).amount();
        return taken;
    }

    public String tenantId() {
        return tenantId;
    }

    public Money amount() {
        return Money.of(amount);
    }
}
