package fr.guichet.billing.service;

import fr.guichet.access.domain.Plan;
import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.BillingPeriod;
import fr.guichet.billing.domain.Discount;
import fr.guichet.billing.domain.DiscountKind;
import fr.guichet.billing.domain.Subscription;
import fr.guichet.billing.domain.SubscriptionChange;
import fr.guichet.billing.domain.SubscriptionStatus;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Subscriptions' life: subscribe, change plan (an upgrade at once and prorated; a downgrade at the end of the period,
 * or at once by an operator), cancel (at period end, or at once by an operator), resume, discounts. The tenant's plan
 * and standing follow, so its limits change with its subscription. Every change takes the tenant's row lock.
 */
@Stateless
public class SubscriptionService {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    TenantRepository tenants;

    @Inject
    PlanPrices prices;

    @Inject
    SubscriptionViews views;

    @Inject
    Event<TenantChanged> tenantChanged;

    @Inject
    DunningService dunning;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public SubscriptionView subscribe(String tenantId, String planId, String actor) {
        Tenant tenant = lockTenant(tenantId);
        subscriptions
                .findByTenant(tenantId)
                .filter(s -> s.status() != SubscriptionStatus.CANCELLED)
                .ifPresent(s -> {
                    throw new DomainException(
                            ErrorCode.SUBSCRIPTION_EXISTS, "The tenant already has a running subscription");
                });
        Plan plan = enabledPlan(planId);
        if (tenant.status() == TenantStatus.SUSPENDED || tenant.status() == TenantStatus.CANCELLED) {
            throw new DomainException(
                    ErrorCode.INVALID_STATUS_TRANSITION,
                    "A " + tenant.status().wireName() + " tenant cannot subscribe; reinstate it first");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, tenant.timeZone());
        Subscription subscription = new Subscription(
                tenantId, plan.id(), tenant.timeZone(), today, plan.terms().trialDays(), now);
        subscriptions.add(subscription);
        subscriptions.add(
                new SubscriptionChange(subscription.id(), SubscriptionChange.Kind.START, today, plan.id(), actor, now));
        tenant.changePlan(plan.id(), now);
        if (tenant.status() == TenantStatus.TRIAL) {
            tenant.moveTo(TenantStatus.ACTIVE, now);
        }
        tenantChanged.fire(new TenantChanged(tenantId));
        audit.write(actor, tenantId, "billing.subscription.started", plan.code(), null);
        return views.of(subscription);
    }

    public SubscriptionView get(String tenantId) {
        return views.of(require(tenantId));
    }

    /**
     * Moves to {@code planId}: at once when it costs more (prorated on the period's invoice) or when {@code atOnce}
     * (operators), otherwise at the end of the current period.
     */
    public SubscriptionView changePlan(String tenantId, String planId, boolean atOnce, String actor) {
        return changePlan(tenantId, planId, atOnce, null, actor);
    }

    /**
     * As {@link #changePlan(String, String, boolean, String)}, refused ({@code PLAN_CHANGE_DIRECTION}) unless it is
     * the kind of change asked for: {@code upgrade} true, a plan that costs more; false, one that costs no more.
     */
    public SubscriptionView changePlan(
            String tenantId, String planId, boolean atOnce, Boolean upgradeAsked, String actor) {
        Tenant tenant = lockTenant(tenantId);
        Subscription subscription = requireLocked(tenantId);
        if (upgradeAsked != null && dunning.planChangesBlocked(tenantId)) {
            throw new DomainException(
                    ErrorCode.PLAN_CHANGE_BLOCKED,
                    "The account is suspended for unpaid invoices: pay them (your invoices in the portal), then change"
                            + " plans");
        }
        Plan plan = enabledPlan(planId);
        if (plan.id().equals(subscription.planId())
                && subscription.pendingPlanId().isEmpty()) {
            return views.of(subscription);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, subscription.zone());
        int index = subscription.periodOf(today).map(BillingPeriod::index).orElse(0);
        boolean upgrade = prices.fee(plan.id(), index).compareTo(prices.fee(subscription.planId(), index)) > 0;
        if (upgradeAsked != null && upgradeAsked != upgrade) {
            throw new DomainException(
                    ErrorCode.PLAN_CHANGE_DIRECTION,
                    upgrade
                            ? plan.name() + " costs more than the current plan: it is an upgrade"
                            : plan.name() + " costs no more than the current plan: it is a downgrade");
        }
        if (upgrade || atOnce || subscription.status() == SubscriptionStatus.TRIALING) {
            SubscriptionChange.Kind kind =
                    upgrade ? SubscriptionChange.Kind.UPGRADE : SubscriptionChange.Kind.DOWNGRADE;
            subscriptions.add(subscription.changePlanNow(plan.id(), kind, today, actor, now));
            tenant.changePlan(plan.id(), now);
            tenantChanged.fire(new TenantChanged(tenantId));
        } else {
            subscription.changePlanAtPeriodEnd(plan.id(), today, now);
        }
        audit.write(
                actor, tenantId, "billing.subscription.plan-changed", plan.code(), upgrade ? "upgrade" : "downgrade");
        return views.of(subscription);
    }

    /** What moving to {@code planId} would do (nothing is changed): see {@link PlanChangePreview}. */
    public PlanChangePreview preview(String tenantId, String planId) {
        Subscription subscription = require(tenantId);
        Plan plan = enabledPlan(planId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), subscription.zone());
        java.util.Optional<BillingPeriod> period = subscription.periodOf(today);
        int index = period.map(BillingPeriod::index).orElse(0);
        Money newFee = prices.fee(plan.id(), index);
        Money oldFee = prices.fee(subscription.planId(), index);
        boolean upgrade = newFee.compareTo(oldFee) > 0;
        if (!upgrade || period.isEmpty()) {
            LocalDate from = period.isEmpty() ? today : period.get().fullEnd();
            return new PlanChangePreview(
                    plan.id(),
                    plan.name(),
                    upgrade ? "upgrade" : "downgrade",
                    from,
                    newFee.amount(),
                    Money.ZERO.amount(),
                    Money.ZERO.amount(),
                    Money.ZERO.amount());
        }
        BigDecimal share = period.get().shareFrom(today);
        Money credit = oldFee.times(share);
        Money charge = newFee.times(share);
        return new PlanChangePreview(
                plan.id(),
                plan.name(),
                "upgrade",
                today,
                newFee.amount(),
                credit.amount(),
                charge.amount(),
                charge.minus(credit).amount());
    }

    /** Cancels at the end of the current period (the tenant keeps access until then), or at once (operators). */
    public SubscriptionView cancel(String tenantId, boolean atOnce, String actor) {
        Tenant tenant = lockTenant(tenantId);
        Subscription subscription = requireLocked(tenantId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, subscription.zone());
        if (atOnce) {
            subscriptions.add(subscription.cancelNow(today, actor, now));
            tenant.moveTo(TenantStatus.CANCELLED, now);
            tenantChanged.fire(new TenantChanged(tenantId));
        } else {
            subscription.cancelAtPeriodEnd(today, now);
        }
        audit.write(
                actor,
                tenantId,
                "billing.subscription.cancelled",
                subscription.id(),
                atOnce ? "at once" : "at period end");
        return views.of(subscription);
    }

    public SubscriptionView resume(String tenantId, String actor) {
        lockTenant(tenantId);
        Subscription subscription = requireLocked(tenantId);
        subscription.resume(clock.instant());
        audit.write(actor, tenantId, "billing.subscription.resumed", subscription.id(), null);
        return views.of(subscription);
    }

    /** Grants a discount from the current period on, for {@code periods} periods or for ever (null). */
    public SubscriptionView grantDiscount(
            String tenantId, String kind, BigDecimal value, Integer periods, String actor) {
        lockTenant(tenantId);
        Subscription subscription = requireLocked(tenantId);
        DiscountKind parsed;
        try {
            parsed = kind == null ? null : DiscountKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        Instant now = clock.instant();
        int from = subscription
                .periodOf(LocalDate.ofInstant(now, subscription.zone()))
                .map(BillingPeriod::index)
                .orElse(0);
        subscription.grantDiscount(new Discount(parsed, value, from, periods), now);
        audit.write(actor, tenantId, "billing.subscription.discount", subscription.id(), kind + " " + value);
        return views.of(subscription);
    }

    public SubscriptionView removeDiscount(String tenantId, String actor) {
        lockTenant(tenantId);
        Subscription subscription = requireLocked(tenantId);
        subscription.removeDiscount(clock.instant());
        audit.write(actor, tenantId, "billing.subscription.discount-removed", subscription.id(), null);
        return views.of(subscription);
    }

    /** The subscription, its row locked (after the tenant's, as the run and the daily advance lock them). */
    private Subscription requireLocked(String tenantId) {
        return subscriptions.findForUpdate(require(tenantId).id()).orElseThrow();
    }

    private Subscription require(String tenantId) {
        return subscriptions
                .findByTenant(tenantId)
                .orElseThrow(
                        () -> new DomainException(ErrorCode.SUBSCRIPTION_NOT_FOUND, "The tenant has no subscription"));
    }

    private Tenant lockTenant(String tenantId) {
        return tenants.findForUpdate(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
    }

    private Plan enabledPlan(String planId) {
        Plan plan = prices.plan(planId);
        if (!plan.enabled()) {
            throw DomainException.invalid("planId", "the plan is disabled");
        }
        return plan;
    }
}
