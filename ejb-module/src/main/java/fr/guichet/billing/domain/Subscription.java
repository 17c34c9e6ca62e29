package fr.guichet.billing.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's subscription to a paid plan: monthly periods anchored on the day billing starts (the end of the
 * trial, or the start), in the tenant's zone, billed in arrears one invoice per period. It knows which period is
 * due for invoicing, and holds the changes waiting for the end of the current period (a downgrade, a
 * cancellation); the plan of each day is kept as {@link SubscriptionChange} steps.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "plan_id", nullable = false)
    private String planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SubscriptionStatus status;

    @Column(name = "time_zone", nullable = false, updatable = false)
    private String timeZone;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "billing_from", nullable = false, updatable = false)
    private LocalDate billingFrom;

    /** Index of the next period to invoice. */
    @Column(name = "periods_invoiced", nullable = false)
    private int periodsInvoiced;

    @Column(name = "pending_plan_id")
    private String pendingPlanId;

    /** The day a waiting change of plan takes effect: the end of the period it was asked in. */
    @Column(name = "pending_from")
    private LocalDate pendingFrom;

    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;

    /** The first day without access once cancelled (at once, or the end of the period it was cancelled in). */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Embedded
    private Discount discount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Subscription() {}

    /** Starts on {@code today}; with {@code trialDays}, billing starts that many days later. */
    public Subscription(String tenantId, String planId, ZoneId zone, LocalDate today, Integer trialDays, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.planId = planId;
        this.timeZone = zone.getId();
        this.startedOn = today;
        this.billingFrom = trialDays == null ? today : today.plusDays(trialDays);
        this.status = trialDays == null ? SubscriptionStatus.ACTIVE : SubscriptionStatus.TRIALING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The paid period of this index, cut short by the end when the subscription ends within it. */
    public BillingPeriod period(int index) {
        LocalDate start = billingFrom.plusMonths(index);
        LocalDate fullEnd = billingFrom.plusMonths(index + 1L);
        LocalDate end = endsOn != null && endsOn.isAfter(start) && endsOn.isBefore(fullEnd) ? endsOn : fullEnd;
        return new BillingPeriod(index, start, end, fullEnd);
    }

    /** The period that holds {@code day}, or empty during the trial and after the end. */
    public Optional<BillingPeriod> periodOf(LocalDate day) {
        if (day.isBefore(billingFrom) || (endsOn != null && !day.isBefore(endsOn))) {
            return Optional.empty();
        }
        int index = (int) ChronoUnit.MONTHS.between(billingFrom, day);
        BillingPeriod period = period(index);
        return Optional.of(period.contains(day) ? period : period(index + 1));
    }

    /** The next period to invoice when it is over by {@code today}; empty when none is (yet) due. */
    public Optional<BillingPeriod> nextDue(LocalDate today) {
        LocalDate start = billingFrom.plusMonths(periodsInvoiced);
        if (endsOn != null && !endsOn.isAfter(start)) {
            return Optional.empty();
        }
        BillingPeriod period = period(periodsInvoiced);
        return period.end().isAfter(today) ? Optional.empty() : Optional.of(period);
    }

    /** The period was invoiced: the next one is due when it is over. */
    public void invoiced(BillingPeriod period, Instant now) {
        if (period.index() != periodsInvoiced) {
            throw new IllegalStateException("Period " + period.index() + " is not the next to invoice");
        }
        periodsInvoiced++;
        updatedAt = now;
    }

    /** Changes plan from {@code today} (an upgrade, or a downgrade an operator makes at once). */
    public SubscriptionChange changePlanNow(
            String newPlanId, SubscriptionChange.Kind kind, LocalDate today, String actor, Instant now) {
        requireRunning();
        planId = newPlanId;
        pendingPlanId = null;
        pendingFrom = null;
        updatedAt = now;
        return new SubscriptionChange(id, kind, today, newPlanId, actor, now);
    }

    /** Changes plan at the end of the current period (a downgrade); replaces a change already waiting. */
    public void changePlanAtPeriodEnd(String newPlanId, LocalDate today, Instant now) {
        requireRunning();
        boolean same = newPlanId.equals(planId);
        pendingPlanId = same ? null : newPlanId;
        pendingFrom = same ? null : periodOf(today).map(BillingPeriod::fullEnd).orElse(billingFrom);
        updatedAt = now;
    }

    /** Ends access at the end of the current period; until then the tenant keeps access and may resume. */
    public void cancelAtPeriodEnd(LocalDate today, Instant now) {
        requireRunning();
        cancelAtPeriodEnd = true;
        endsOn = periodOf(today).map(BillingPeriod::fullEnd).orElse(billingFrom);
        updatedAt = now;
    }

    /** Withdraws a cancellation at period end, while the period lasts. */
    public void resume(Instant now) {
        if (!cancelAtPeriodEnd || status == SubscriptionStatus.CANCELLED) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "The subscription is not being cancelled");
        }
        cancelAtPeriodEnd = false;
        endsOn = null;
        updatedAt = now;
    }

    /** Ends the subscription today (an operator): the current period is billed up to yesterday. */
    public SubscriptionChange cancelNow(LocalDate today, String actor, Instant now) {
        requireRunning();
        endsOn = today.isBefore(billingFrom) ? billingFrom : today;
        cancelAtPeriodEnd = false;
        pendingPlanId = null;
        pendingFrom = null;
        status = SubscriptionStatus.CANCELLED;
        updatedAt = now;
        return new SubscriptionChange(id, SubscriptionChange.Kind.END, endsOn, null, actor, now);
    }

    /**
     * What {@code today} brings: the trial ends, a waiting downgrade or cancellation takes effect. Returns the step
     * to record, if any.
     */
    public Optional<SubscriptionChange> advanceTo(LocalDate today, Instant now) {
        if (status == SubscriptionStatus.TRIALING && !today.isBefore(billingFrom)) {
            status = SubscriptionStatus.ACTIVE;
            updatedAt = now;
        }
        if (status != SubscriptionStatus.CANCELLED && endsOn != null && !today.isBefore(endsOn)) {
            status = SubscriptionStatus.CANCELLED;
            pendingPlanId = null;
            pendingFrom = null;
            updatedAt = now;
            return Optional.of(new SubscriptionChange(id, SubscriptionChange.Kind.END, endsOn, null, "billing", now));
        }
        if (pendingPlanId != null && !today.isBefore(pendingFrom)) {
            String next = pendingPlanId;
            LocalDate from = pendingFrom;
            planId = next;
            pendingPlanId = null;
            pendingFrom = null;
            updatedAt = now;
            return Optional.of(
                    new SubscriptionChange(id, SubscriptionChange.Kind.DOWNGRADE, from, next, "billing", now));
        }
        return Optional.empty();
    }

    public void grantDiscount(Discount granted, Instant now) {
        requireRunning();
        this.discount = granted;
        updatedAt = now;
    }

    public void removeDiscount(Instant now) {
        this.discount = null;
        updatedAt = now;
    }

    private void requireRunning() {
        if (status == SubscriptionStatus.CANCELLED) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "The subscription is cancelled");
        }
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String planId() {
        return planId;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate billingFrom() {
        return billingFrom;
    }

    public int periodsInvoiced() {
        return periodsInvoiced;
    }

    public Optional<String> pendingPlanId() {
        return Optional.ofNullable(pendingPlanId);
    }

    public Optional<LocalDate> pendingFrom() {
        return Optional.ofNullable(pendingFrom);
    }

    public boolean cancelsAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }

    public Optional<Discount> discount() {
        return Optional.ofNullable(discount);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
