package fr.guichet.billing.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's queue of tasks: the position the next task takes (its row locked while a task is added, so positions
 * follow the commits' order) and until when a server holds it (one server sends a tenant's tasks at a time).
 */
@Entity
@Table(name = "erp_queue")
public class ErpQueue {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "next_seq", nullable = false)
    private long nextSeq;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by")
    private String claimedBy;

    protected ErpQueue() {}

    public ErpQueue(String tenantId) {
        this.tenantId = tenantId;
        this.nextSeq = 1;
    }

    /** The position of a new task, taken. */
    public long take() {
        return nextSeq++;
    }

    public String tenantId() {
        return tenantId;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }
}
