package fr.guichet.access.service;

import fr.guichet.access.domain.Plan;
import fr.guichet.access.domain.PlanCode;
import fr.guichet.access.domain.PlanTerms;
import fr.guichet.access.domain.ProviderChain;
import fr.guichet.access.repository.PlanRepository;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan catalogue: operators create and change plans and their provider chains (the web layer checks the
 * caller); the tenancy service asks whether a plan may be given, and the dispatcher asks for a tenant's chain.
 */
@Stateless
public class PlanService {

    @Inject
    AuditLog audit;

    @Inject
    PlanRepository plans;

    @Inject
    TenantRepository tenants;

    @Inject
    ChainProviders providers;

    @Inject
    Event<PlanChanged> changed;

    @Inject
    Clock clock;

    public Page<PlanView> list(PageRequest page) {
        return plans.list(page).map(PlanView::of);
    }

    /** Plans whose code or name contains {@code text} (blank: every plan), from the cheapest. */
    public Page<PlanView> search(String text, PageRequest page) {
        new Validation().optionalText(text, "q", 120).throwIfInvalid();
        return plans.search(Validation.clean(text), page).map(PlanView::of);
    }

    /** The plans a client may choose (the enabled ones), from the cheapest. */
    public Page<PlanView> offered(PageRequest page) {
        return plans.enabled(page).map(PlanView::of);
    }

    public PlanView get(String id) {
        return PlanView.of(require(id));
    }

    /** The plan with this id; empty when there is none or {@code id} is null (a tenant without a plan). */
    public Optional<PlanView> find(String id) {
        return id == null ? Optional.empty() : plans.find(id).map(PlanView::of);
    }

    /** Creates a plan; {@code actor} goes to the audit log. */
    public PlanView create(NewPlan request, String actor) {
        Validation validation =
                new Validation().require(request.requestsPerMinute() != null, "requestsPerMinute", "must be given");
        String code = request.code();
        try {
            code = PlanCode.validate(code, "code");
        } catch (DomainException e) {
            validation.require(false, "code", e.violations().get(0).message());
        }
        PlanTerms terms = new PlanTerms(
                request.monthlyPriceEur(),
                request.trialDays(),
                request.requestsPerMonth(),
                request.requestsPerMinute(),
                request.tokensPerMonth(),
                request.spendCapEur(),
                request.extraKeyPriceEur());
        // Every broken rule at once: the plan's own checks would stop at the first field.
        validation.text(request.name(), "name", 1, Plan.MAX_NAME);
        if (request.requestsPerMinute() != null) {
            terms.check(validation);
        }
        validation.throwIfInvalid();
        Plan plan =
                new Plan(code, request.name(), terms, request.enabled() == null || request.enabled(), clock.instant());
        if (plans.findByCode(plan.code()).isPresent()) {
            throw codeTaken(plan.code());
        }
        try {
            plans.add(plan);
            plans.flush();
        } catch (PersistenceException e) {
            throw codeTaken(plan.code());
        }
        audit.write(actor, null, "plan.created", "plan:" + plan.id(), plan.code() + " " + plan.name());
        return PlanView.of(plan);
    }

    /** Changes a plan; what changed (name, terms, enabled or disabled) goes to the audit log with {@code actor}. */
    public PlanView update(String id, PlanChanges changes, String actor) {
        Plan plan = require(id);
        Instant now = clock.instant();
        Set<String> cleared = cleared(changes);
        List<String> what = new ArrayList<>();
        if (changes.name() != null && !changes.name().strip().equals(plan.name())) {
            what.add("name");
        }
        if (changes.name() != null) {
            plan.rename(changes.name(), now);
        }
        PlanTerms t = plan.terms();
        PlanTerms merged = new PlanTerms(
                changes.monthlyPriceEur() == null ? t.monthlyPriceEur() : changes.monthlyPriceEur(),
                pick(changes.trialDays(), t.trialDays(), cleared.contains("trialDays")),
                pick(changes.requestsPerMonth(), t.requestsPerMonth(), cleared.contains("requestsPerMonth")),
                changes.requestsPerMinute() == null ? t.requestsPerMinute() : changes.requestsPerMinute(),
                pick(changes.tokensPerMonth(), t.tokensPerMonth(), cleared.contains("tokensPerMonth")),
                pick(changes.spendCapEur(), t.spendCapEur(), cleared.contains("spendCapEur")),
                pick(changes.extraKeyPriceEur(), t.extraKeyPriceEur(), cleared.contains("extraKeyPriceEur")));
        if (!merged.equals(t)) {
            plan.changeTerms(merged, now);
            what.add("terms");
        }
        if (changes.enabled() != null && changes.enabled() != plan.enabled()) {
            what.add(changes.enabled() ? "enabled" : "disabled");
        }
        if (changes.enabled() != null) {
            plan.enable(changes.enabled(), now);
        }
        plans.flush();
        if (!what.isEmpty()) {
            audit.write(actor, null, "plan.changed", "plan:" + id, String.join(", ", what));
        }
        changed.fire(new PlanChanged(id));
        return PlanView.of(plan);
    }

    /**
     * Replaces the plan's provider chain: 1 to 10 distinct provider ids, each of an existing provider (a
     * disabled one is kept in the chain and skipped while it is disabled).
     */
    public PlanView setProviders(String planId, List<String> providerIds, String actor) {
        Plan plan = require(planId);
        List<String> chain = ProviderChain.validate(providerIds);
        for (int i = 0; i < chain.size(); i++) {
            String providerId = chain.get(i);
            if (providers.find(providerId).isEmpty()) {
                throw new DomainException(
                        ErrorCode.PROVIDER_NOT_FOUND, "providerIds[" + i + "]: no provider with id " + providerId);
            }
        }
        plan.clearChain();
        plans.flush();
        plan.routeThrough(chain, clock.instant());
        plans.flush();
        audit.write(
                actor,
                null,
                "plan.chain_set",
                "plan:" + planId,
                chain.stream()
                        .map(id -> providers.find(id).map(p -> p.name()).orElse(id))
                        .collect(java.util.stream.Collectors.joining(" → ")));
        changed.fire(new PlanChanged(planId));
        return PlanView.of(plan);
    }

    /** The provider ids of the tenant's plan, in order; empty when the tenant has no plan or its plan no chain. */
    public Optional<List<String>> chainFor(String tenantId) {
        return tenants.find(tenantId)
                .map(Tenant::planId)
                .flatMap(plans::find)
                .map(Plan::providerIds)
                .filter(ids -> !ids.isEmpty());
    }

    /** Refuses (400 on {@code field}) a plan id that names no enabled plan. */
    public void checkAssignable(String planId, String field) {
        Optional<Plan> plan = plans.find(planId == null ? null : planId.strip());
        if (plan.isEmpty()) {
            throw DomainException.invalid(field, "names no plan");
        }
        if (!plan.get().enabled()) {
            throw DomainException.invalid(field, "names a disabled plan");
        }
    }

    private static Set<String> cleared(PlanChanges changes) {
        Validation validation = new Validation();
        Set<String> cleared = new HashSet<>();
        for (int i = 0; i < changes.unset().size(); i++) {
            String field = changes.unset().get(i);
            boolean known = field != null && PlanChanges.CLEARABLE.contains(field);
            validation.require(
                    known,
                    "unset[" + i + "]",
                    "must be one of " + PlanChanges.CLEARABLE.stream().sorted().toList());
            if (known) {
                cleared.add(field);
            }
        }
        validation
                .require(!cleared.contains("trialDays") || changes.trialDays() == null, "trialDays", "is also unset")
                .require(
                        !cleared.contains("requestsPerMonth") || changes.requestsPerMonth() == null,
                        "requestsPerMonth",
                        "is also unset")
                .require(
                        !cleared.contains("tokensPerMonth") || changes.tokensPerMonth() == null,
                        "tokensPerMonth",
                        "is also unset")
                .require(
                        !cleared.contains("spendCapEur") || changes.spendCapEur() == null,
                        "spendCapEur",
                        "is also unset")
                .require(
                        !cleared.contains("extraKeyPriceEur") || changes.extraKeyPriceEur() == null,
                        "extraKeyPriceEur",
                        "is also unset")
                .throwIfInvalid();
        return cleared;
    }

    private static <T> T pick(T given, T current, boolean clear) {
        return clear ? null : given != null ? given : current;
    }

    private Plan require(String id) {
        return plans.find(id).orElseThrow(() -> new DomainException(ErrorCode.PLAN_NOT_FOUND, "No plan with id " + id));
    }

    private static DomainException codeTaken(String code) {
        return new DomainException(ErrorCode.PLAN_CODE_TAKEN, "A plan with code '" + code + "' already exists");
    }
}
