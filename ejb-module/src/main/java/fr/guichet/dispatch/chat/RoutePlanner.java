package fr.guichet.dispatch.chat;

import fr.guichet.access.service.PlanService;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.dispatch.service.ProviderService;
import fr.guichet.dispatch.service.ProviderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a requested model into a route along the provider chain: the first enabled provider of the chain
 * that serves the model answers; every provider after it is a fallback, asked for the same model when it
 * serves it, else for its own default model (so OpenAI → Ollama falls back from gpt-4o-mini to llama3).
 * The chain is the tenant's plan's when it has a plan with a chain, else the default chain from configuration;
 * a disabled provider is skipped either way.
 */
@ApplicationScoped
public class RoutePlanner {

    @Inject
    DispatchConfig config;

    @Inject
    ProviderService providers;

    @Inject
    ModelCatalog catalog;

    @Inject
    PlanService plans;

    @Inject
    DispatchCache cache;

    List<Target> plan(String tenantId, String model, List<String> allowedModels) {
        if (!allowedModels.isEmpty() && !allowedModels.contains(model)) {
            throw modelNotFound(model);
        }
        List<ProviderView> chain = chain(tenantId);
        Set<String> servers = cache.servedBy(model, () -> catalog.servedBy(model));
        List<Target> route = new ArrayList<>();
        for (ProviderView provider : chain) {
            boolean serves = servers.contains(provider.id());
            if (route.isEmpty() && !serves) {
                continue;
            }
            Optional<String> asked = serves ? Optional.of(model) : defaultModel(provider);
            asked.ifPresent(m -> route.add(new Target(provider, m)));
        }
        if (route.isEmpty()) {
            throw modelNotFound(model);
        }
        return route;
    }

    /** The enabled providers of the tenant's chain (its plan's, else the default one), in order. */
    List<ProviderView> chain(String tenantId) {
        return cache.chain(tenantId, () -> readChain(tenantId));
    }

    private List<ProviderView> readChain(String tenantId) {
        List<ProviderView> enabled = providers.listEnabled();
        List<ProviderView> chain = new ArrayList<>();
        Optional<List<String>> planned = plans.chainFor(tenantId);
        if (planned.isPresent()) {
            for (String id : planned.get()) {
                enabled.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(chain::add);
            }
            return chain;
        }
        for (String name : config.defaultChain()) {
            enabled.stream()
                    .filter(p -> p.name()
                            .toLowerCase(Locale.ROOT)
                            .equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .ifPresent(chain::add);
        }
        return chain;
    }

    private static Optional<String> defaultModel(ProviderView provider) {
        return provider.defaultModels().stream().findFirst();
    }

    private static DomainException modelNotFound(String model) {
        return new DomainException(
                ErrorCode.MODEL_NOT_FOUND, "The model '" + model + "' does not exist or you do not have access to it.");
    }
}
