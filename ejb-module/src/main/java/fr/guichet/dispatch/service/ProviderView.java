package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.Provider;
import fr.guichet.dispatch.provider.ProviderKind;
import java.time.Instant;
import java.util.List;

/** A read model of a provider (never a key), safe to hand to the web layers and the dispatcher. */
public record ProviderView(
        String id,
        ProviderKind kind,
        String name,
        String baseUrl,
        List<String> defaultModels,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    public ProviderView {
        defaultModels = List.copyOf(defaultModels);
    }

    public static ProviderView of(Provider p) {
        return new ProviderView(
                p.id(), p.kind(), p.name(), p.baseUrl(), p.defaultModels(), p.enabled(), p.createdAt(), p.updatedAt());
    }
}
