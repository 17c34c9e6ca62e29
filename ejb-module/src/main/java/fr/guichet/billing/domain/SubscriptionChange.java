package fr.guichet.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step in a subscription's history, from the day it takes effect: the start, a change of plan, the end. The
 * plan of any day is the one of the latest step on or before it, which is how a period's invoice prorates a change
 * made during the period. Never changed once written.
 */
@Entity
@Table(name = "subscription_change")
public class SubscriptionChange {

    /** What happened. */
    public enum Kind {
        START,
        UPGRADE,
        DOWNGRADE,
        END
    }

    @Id
    private String id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private String subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "plan_id", updatable = false)
    private String planId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "actor", updatable = false)
    private String actor;

    protected SubscriptionChange() {}

    /** {@code planId} is the plan from that day on (null for the end). */
    public SubscriptionChange(
            String subscriptionId, Kind kind, LocalDate effectiveOn, String planId, String actor, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.subscriptionId = subscriptionId;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.planId = planId;
        this.actor = actor;
        this.createdAt = now;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String planId() {
        return planId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String actor() {
        return actor;
    }
}
