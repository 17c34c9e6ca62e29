package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.Provider;
import fr.guichet.dispatch.repository.ProviderRepository;
import fr.guichet.metering.service.ProviderNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Names providers for metering's usage reports (metering's port, implemented here because providers are
 * dispatch's). A report names few providers, so each is read by its id. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ProviderNameLookup implements ProviderNames {

    @Inject
    ProviderRepository providers;

    @Override
    public Map<String, String> of(Collection<String> providerIds) {
        Map<String, String> names = new HashMap<>();
        for (String id : providerIds) {
            providers.find(id).map(Provider::name).ifPresent(name -> names.put(id, name));
        }
        return names;
    }
}
