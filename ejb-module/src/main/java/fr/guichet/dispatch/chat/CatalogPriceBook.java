package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.metering.service.PriceBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Metering's {@link PriceBook}, answered from the model catalogue's price schedules (cached, see DispatchCache). */
@ApplicationScoped
public class CatalogPriceBook implements PriceBook {

    @Inject
    DispatchCache cache;

    @Inject
    ModelCatalog catalog;

    @Override
    public Optional<Price> priceAt(String providerId, String model, Instant at) {
        return cache.price(providerId, model, at, () -> catalog.priceSchedule(providerId, model))
                .map(p -> new Price(p.inputPerMillion(), p.outputPerMillion()));
    }
}
