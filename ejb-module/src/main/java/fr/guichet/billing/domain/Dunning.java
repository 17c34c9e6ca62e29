package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The recovery of one unpaid invoice: started when a payment failed or the invoice fell overdue, it counts the steps
 * of the schedule done (each once, in order), and ends when the invoice is paid.
 */
@Entity
@Table(name = "dunning")
public class Dunning {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private String invoiceId;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    /** How many steps of the schedule are done. */
    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Dunning() {}

    public Dunning(String tenantId, String invoiceId, LocalDate startedOn, String reason, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.invoiceId = invoiceId;
        this.startedOn = startedOn;
        this.reason = reason;
        this.active = true;
        this.createdAt = now;
    }

    /** The next step, when it is due by {@code today}; null otherwise. */
    public DunningSchedule.Entry nextDue(DunningSchedule schedule, LocalDate today) {
        if (!active || stepsDone >= schedule.entries().size()) {
            return null;
        }
        return schedule.dayOf(stepsDone, startedOn).isAfter(today)
                ? null
                : schedule.entries().get(stepsDone);
    }

    public void stepDone() {
        stepsDone++;
    }

    /** Paid (or otherwise settled): nothing more happens. */
    public void end(Instant now) {
        active = false;
        endedAt = now;
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

    public LocalDate startedOn() {
        return startedOn;
    }

    public String reason() {
        return reason;
    }

    public int stepsDone() {
        return stepsDone;
    }

    public boolean active() {
        return active;
    }
}
