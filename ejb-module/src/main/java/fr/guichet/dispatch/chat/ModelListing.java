package fr.guichet.dispatch.chat;

import fr.guichet.common.domain.PageRequest;
import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.dispatch.service.ModelView;
import fr.guichet.dispatch.service.ProviderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The enabled models of a chain's providers, each listed once (under the first provider that serves it). */
@ApplicationScoped
public class ModelListing {

    @Inject
    ModelCatalog catalog;

    List<ModelEntry> models(List<ProviderView> chain, List<String> allowedModels) {
        Map<String, ModelEntry> byName = new LinkedHashMap<>();
        for (ProviderView provider : chain) {
            for (ModelView model : all(provider.id())) {
                if (model.enabled() && (allowedModels.isEmpty() || allowedModels.contains(model.model()))) {
                    byName.putIfAbsent(
                            model.model(), new ModelEntry(model.model(), provider.name(), model.createdAt()));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private List<ModelView> all(String providerId) {
        List<ModelView> models = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = catalog.search(providerId, new PageRequest(page, PageRequest.MAX_SIZE));
            models.addAll(result.items());
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= result.total()) {
                return models;
            }
        }
    }
}
