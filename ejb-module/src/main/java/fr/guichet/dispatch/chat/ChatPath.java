package fr.guichet.dispatch.chat;

import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.common.domain.DomainException;
import fr.guichet.dispatch.provider.ChatRequest;
import fr.guichet.dispatch.provider.ChatResponse;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.limits.domain.RateStatus;
import fr.guichet.limits.service.AbuseGuard;
import fr.guichet.limits.service.Admission;
import fr.guichet.limits.service.LimitsConfig;
import fr.guichet.metering.domain.TokenCount;
import fr.guichet.metering.service.MeteredCall;
import fr.guichet.metering.service.UsageMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chat path, once the {@code /v1} filter has authenticated the API key: admit (the tenant's and the key's
 * standing, the per-minute rates) → route (the plan's provider chain for the model) → reserve (the monthly quotas)
 * → call the providers, falling back along the route → settle the reservation and meter the call. Every call that
 * got past admission is metered exactly once: served, refused (with its reason) or failed.
 */
@ApplicationScoped
public class ChatPath {

    @Inject
    Admission admission;

    @Inject
    AbuseGuard abuse;

    @Inject
    RoutePlanner planner;

    @Inject
    ProviderAttempts providers;

    @Inject
    UsageMeter meter;

    @Inject
    LimitsConfig limits;

    @Inject
    ModelListing listing;

    /** A complete answer, or a DomainException (limits, MODEL_NOT_FOUND, NO_PROVIDER_KEY, PROVIDER_…). */
    public ChatResult complete(ChatCall call) {
        Taken taken = admitRouteReserve(call);
        ProviderAttempts.Answered<ChatResponse> answer =
                callProviders(taken, call, () -> providers.complete(call, taken.route()));
        Target target = answer.target();
        meter.served(
                taken.metered(),
                target.provider().id(),
                target.model(),
                answer.result().usage().count(),
                true,
                answer.fallback());
        return new ChatResult(
                answer.result(),
                target.provider().id(),
                target.provider().name(),
                target.model(),
                answer.fallback(),
                taken.rate());
    }

    /** A stream that has started (metered when it ends or is closed); the same exceptions before its first byte. */
    public ChatStream stream(ChatCall call) {
        Taken taken = admitRouteReserve(call);
        ProviderAttempts.Answered<ProviderAttempts.Opened> answer =
                callProviders(taken, call, () -> providers.open(call, taken.route()));
        return new StartedStream(answer, call.request(), taken.metered(), meter, taken.rate());
    }

    /** The models the tenant's chain serves that the key may call, once the key is admitted. */
    public Models models(KeyPrincipal caller, String address) {
        RateStatus rate = admit(caller, address);
        return new Models(listing.models(planner.chain(caller.tenantId()), caller.allowedModels()), rate);
    }

    /** The models a key may call, with the rate status of its admission. */
    public record Models(List<ModelEntry> models, RateStatus rate) {}

    /** A call admitted, routed and with its reservation taken: what the providers' step needs. */
    private record Taken(MeteredCall metered, RateStatus rate, List<Target> route) {}

    /** The steps before any provider is called, in order; a refusal after admission is metered with its reason. */
    private Taken admitRouteReserve(ChatCall call) {
        MeteredCall metered = new MeteredCall(
                call.requestId(), call.tenantId(), call.apiKeyId(), call.userId(), Optional.empty(), System.nanoTime());
        RateStatus rate = admit(call.caller(), call.address());
        List<Target> route = route(call, metered);
        return new Taken(reserve(call, route.get(0), metered), rate, route);
    }

    /** Standing and rates (a refusal is not metered: no usage event for a call that was never taken up). */
    private RateStatus admit(KeyPrincipal caller, String address) {
        RateStatus rate = admission.admit(caller);
        abuse.used(caller, address);
        return rate;
    }

    private List<Target> route(ChatCall call, MeteredCall metered) {
        try {
            return planner.plan(call.tenantId(), call.model(), call.allowedModels());
        } catch (DomainException e) {
            meter.refused(metered, call.model(), e.code());
            throw e;
        }
    }

    /**
     * Takes the call's share of the monthly quotas: one request, the prompt's estimated tokens plus
     * {@code max_tokens} (or the configured default), and what they would cost on the first provider of the route.
     */
    private MeteredCall reserve(ChatCall call, Target first, MeteredCall metered) {
        ChatRequest request = call.request();
        int output = request.maxTokens() != null ? request.maxTokens() : limits.defaultOutputReservation();
        TokenCount estimate = new TokenCount(Usage.estimateInput(request), output, true);
        BigDecimal cost = meter.cost(first.provider().id(), first.model(), estimate);
        try {
            return metered.reserved(admission.reserve(call.tenantId(), call.zone(), estimate.total(), cost));
        } catch (DomainException e) {
            meter.refused(metered, call.model(), e.code());
            throw e;
        }
    }

    /** The providers' answer; when none answered, the call is metered as failed (its reservation given back). */
    private <T> ProviderAttempts.Answered<T> callProviders(
            Taken taken, ChatCall call, Supplier<ProviderAttempts.Answered<T>> attempts) {
        MeteredCall metered = taken.metered();
        try {
            return attempts.get();
        } catch (ProvidersFailed e) {
            meter.failed(
                    metered,
                    e.last().map(t -> t.provider().id()),
                    e.last().map(Target::model).orElse(call.model()),
                    e.fallback());
            throw e.answer();
        } catch (RuntimeException e) {
            // Unexpected (the database failed while resolving a key, a bug): metered as failed all the same.
            meter.failed(metered, Optional.empty(), call.model(), false);
            throw e;
        }
    }
}
