package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The monthly invoice run of one month ({@code 2026-12}): claimed by the first server whose timer fires on or after
 * the first day of that month (its primary key makes the claim once per cluster), finished when every due period
 * was invoiced. A run that stopped half-way is taken up again; the run itself never invoices a period twice.
 */
@Entity
@Table(name = "billing_run")
public class BillingRun {

    @Id
    @Column(name = "run_month")
    private String month;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "invoices", nullable = false)
    private int invoices;

    @Column(name = "failures", nullable = false)
    private int failures;

    protected BillingRun() {}

    public BillingRun(String month, Instant now) {
        this.month = month;
        this.startedAt = now;
    }

    public void restart(Instant now) {
        this.startedAt = now;
    }

    public void finish(int invoiceCount, int failureCount, Instant now) {
        this.invoices = invoiceCount;
        this.failures = failureCount;
        this.finishedAt = now;
    }

    public String month() {
        return month;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public int invoices() {
        return invoices;
    }

    public int failures() {
        return failures;
    }
}
