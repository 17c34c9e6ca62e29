package fr.guichet.dispatch.chat;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.access.service.PlanChanged;
import fr.guichet.common.cache.Caches;
import fr.guichet.dispatch.service.CatalogChanged;
import fr.guichet.dispatch.service.PriceView;
import fr.guichet.dispatch.service.ProviderView;
import fr.guichet.dispatch.service.ResolvedKey;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * This server's short memory of what every chat call reads (a tenant's chain, which providers serve a model,
 * the provider key that applies, a model's price schedule), for {@code guichet.dispatch.cache-ttl} (5 s). A change made
 * on this server is seen by its next call (the caches are emptied when the change commits); a change made on
 * another server sharing the database is seen within the TTL. Failures (no provider key…) are never remembered.
 */
@ApplicationScoped
public class DispatchCache {

    private static final int MAX_ENTRIES = 50_000;

    @Inject
    DispatchConfig config;

    private Cache<String, List<ProviderView>> chains;
    private Cache<String, Set<String>> servers;
    private Cache<String, ResolvedKey> keys;
    private Cache<String, List<PriceView>> prices;

    @PostConstruct
    void init() {
        chains = ttlCache();
        servers = ttlCache();
        keys = ttlCache();
        prices = ttlCache();
    }

    private <V> Cache<String, V> ttlCache() {
        return Caches.bounded(MAX_ENTRIES).expireAfterWrite(config.cacheTtl()).build();
    }

    List<ProviderView> chain(String tenantId, Supplier<List<ProviderView>> loader) {
        return chains.get(tenantId, k -> List.copyOf(loader.get()));
    }

    Set<String> servedBy(String model, Supplier<Set<String>> loader) {
        return servers.get(model, k -> loader.get());
    }

    ResolvedKey key(String providerId, String tenantId, String userId, Supplier<ResolvedKey> loader) {
        return keys.get(providerId + "|" + tenantId + "|" + userId, k -> loader.get());
    }

    /**
     * The price in force at {@code at}, from the model's whole price schedule (remembered): a price scheduled to
     * take effect later applies at its instant exactly, not up to a TTL late.
     */
    Optional<PriceView> price(String providerId, String model, Instant at, Supplier<List<PriceView>> schedule) {
        return prices.get(providerId + "|" + model, k -> List.copyOf(schedule.get())).stream()
                .filter(p -> !p.effectiveFrom().isAfter(at))
                .max(Comparator.comparing(PriceView::effectiveFrom));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogChanged change) {
        chains.invalidateAll();
        servers.invalidateAll();
        keys.invalidateAll();
        prices.invalidateAll();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PlanChanged change) {
        chains.invalidateAll();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantChanged change) {
        chains.invalidate(change.tenantId());
    }
}
