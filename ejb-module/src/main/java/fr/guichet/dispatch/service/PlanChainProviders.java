package fr.guichet.dispatch.service;

import fr.guichet.access.service.ChainProviders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Answers the plan catalogue's {@link ChainProviders} from the providers. */
@ApplicationScoped
public class PlanChainProviders implements ChainProviders {

    @Inject
    ProviderService providers;

    @Override
    public Optional<ChainProvider> find(String providerId) {
        return providers
                .find(providerId)
                .map(p -> new ChainProvider(p.id(), p.name(), p.kind().name()));
    }

    @Override
    public java.util.List<ChainProvider> all() {
        return providers
                .list(new fr.guichet.common.domain.PageRequest(0, fr.guichet.common.domain.PageRequest.MAX_SIZE))
                .items()
                .stream()
                .map(p -> new ChainProvider(p.id(), p.name(), p.kind().name()))
                .sorted(java.util.Comparator.comparing(ChainProvider::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
