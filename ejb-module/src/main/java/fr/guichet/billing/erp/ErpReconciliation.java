package fr.guichet.billing.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One comparison of a month's issued invoices and payments with Dolibarr's: what was checked, how many differ. */
@Entity
@Table(name = "erp_reconciliation")
public class ErpReconciliation {

    @Id
    private String id;

    @Column(name = "period", nullable = false, updatable = false)
    private String period;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(name = "ran_by", nullable = false, updatable = false)
    private String ranBy;

    @Column(name = "invoices_checked", nullable = false)
    private int invoicesChecked;

    @Column(name = "payments_checked", nullable = false)
    private int paymentsChecked;

    @Column(name = "differences", nullable = false)
    private int differences;

    @Column(name = "error")
    private String error;

    protected ErpReconciliation() {}

    public ErpReconciliation(
            String period, Instant ranAt, String ranBy, int invoices, int payments, int differences, String error) {
        this.id = UUID.randomUUID().toString();
        this.period = period;
        this.ranAt = ranAt;
        this.ranBy = ranBy;
        this.invoicesChecked = invoices;
        this.paymentsChecked = payments;
        this.differences = differences;
        this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }

    public String id() {
        return id;
    }

    public String period() {
        return period;
    }

    public Instant ranAt() {
        return ranAt;
    }

    public String ranBy() {
        return ranBy;
    }

    public int invoicesChecked() {
        return invoicesChecked;
    }

    public int paymentsChecked() {
        return paymentsChecked;
    }

    public int differences() {
        return differences;
    }

    public String error() {
        return error;
    }
}
