package fr.guichet.access.domain;

import fr.guichet.common.domain.Validation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a tenant subscribes to: a price, an optional trial, monthly and per-minute limits, optional caps, and
 * the provider chain its calls go through. The code never changes once created; a disabled plan keeps its
 * tenants but cannot be given to another one.
 */
@Entity
@Table(name = "plan")
public class Plan {

    public static final int MAX_NAME = 80;

    @Id
    private String id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "monthly_price_eur", nullable = false)
    private BigDecimal monthlyPriceEur;

    @Column(name = "trial_days")
    private Integer trialDays;

    @Column(name = "requests_per_month")
    private Long requestsPerMonth;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "tokens_per_month")
    private Long tokensPerMonth;

    @Column(name = "spend_cap_eur")
    private BigDecimal spendCapEur;

    @Column(name = "extra_key_price_eur")
    private BigDecimal extraKeyPriceEur;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    /** Provider ids in the order they are tried. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_provider", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "provider_id", nullable = false)
    private List<String> providerIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Plan() {}

    /** A new plan without a provider chain yet (its tenants use the default chain until one is set). */
    public Plan(String code, String name, PlanTerms terms, boolean enabled, Instant now) {
        Validation validation = new Validation().text(name, "name", 1, MAX_NAME);
        if (terms != null) {
            terms.check(validation);
        }
        validation.require(terms != null, "terms", "must be given").throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.code = PlanCode.validate(code, "code");
        this.name = name.strip();
        apply(terms.normalized());
        this.enabled = enabled;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        new Validation().text(newName, "name", 1, MAX_NAME).throwIfInvalid();
        this.name = newName.strip();
        this.updatedAt = now;
    }

    /** Replaces price, trial, limits and caps at once; they apply to the plan's tenants at once. */
    public void changeTerms(PlanTerms terms, Instant now) {
        terms.check(new Validation()).throwIfInvalid();
        apply(terms.normalized());
        this.updatedAt = now;
    }

    public void enable(boolean on, Instant now) {
        this.enabled = on;
        this.updatedAt = now;
    }

    /** Replaces the provider chain; see {@link ProviderChain} for its rules. */
    public void routeThrough(List<String> ids, Instant now) {
        List<String> chain = ProviderChain.validate(ids);
        this.providerIds.clear();
        this.providerIds.addAll(chain);
        this.updatedAt = now;
    }

    /** Empties the chain, a step before {@link #routeThrough} so the store never sees two ids at one position. */
    public void clearChain() {
        this.providerIds.clear();
    }

    private void apply(PlanTerms t) {
        this.monthlyPriceEur = t.monthlyPriceEur();
        this.trialDays = t.trialDays();
        this.requestsPerMonth = t.requestsPerMonth();
        this.requestsPerMinute = t.requestsPerMinute();
        this.tokensPerMonth = t.tokensPerMonth();
        this.spendCapEur = t.spendCapEur();
        this.extraKeyPriceEur = t.extraKeyPriceEur();
    }

    public PlanTerms terms() {
        return new PlanTerms(
                monthlyPriceEur,
                trialDays,
                requestsPerMonth,
                requestsPerMinute,
                tokensPerMonth,
                spendCapEur,
                extraKeyPriceEur);
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public List<String> providerIds() {
        return List.copyOf(providerIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
