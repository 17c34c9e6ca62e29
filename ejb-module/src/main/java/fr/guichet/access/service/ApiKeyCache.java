package fr.guichet.access.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.access.domain.ApiKey;
import fr.guichet.access.domain.ApiKeyStatus;
import fr.guichet.common.cache.Caches;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * This server's short memory of key records (by keyed hash, {@code guichet.access.key-cache-ttl}, 30 s) and of
 * tenants' statuses ({@code guichet.access.tenant-status-cache-ttl}, 5 s), so that most {@code /v1} calls
 * authenticate without the database. Unknown hashes are never remembered. A revoked or rotated key is forgotten
 * here as soon as the change commits, so it takes effect on this server's next call; other servers sharing the
 * database see it when their entry expires, at most one TTL later. A tenant's suspension reaches every server
 * within the tenant-status TTL.
 */
@ApplicationScoped
public class ApiKeyCache {

    private static final int MAX_ENTRIES = 100_000;

    /** What authentication needs of a key; its status is computed at each use, so expiry is exact. */
    public record CachedKey(
            String keyId,
            String tenantId,
            Instant revokedAt,
            Instant expiresAt,
            Instant graceUntil,
            List<String> allowedModels,
            String createdBy,
            Integer requestsPerMinute,
            Instant suspendedAt,
            String suspendedReason) {

        static CachedKey of(ApiKey key) {
            return new CachedKey(
                    key.id(),
                    key.tenantId(),
                    key.revokedAt(),
                    key.expiresAt(),
                    key.graceUntil(),
                    key.allowedModels().ids(),
                    key.createdBy(),
                    key.requestsPerMinute(),
                    key.suspendedAt(),
                    key.suspendedReason());
        }

        ApiKeyStatus statusAt(Instant now) {
            return ApiKeyStatus.at(now, revokedAt, expiresAt, graceUntil);
        }
    }

    @Inject
    AccessConfig config;

    private Cache<String, CachedKey> keys;
    private Cache<String, TenantAccess> tenants;

    @PostConstruct
    void init() {
        keys = Caches.bounded(MAX_ENTRIES)
                .expireAfterWrite(config.keyCacheTtl())
                .build();
        tenants = Caches.bounded(MAX_ENTRIES)
                .expireAfterWrite(config.tenantStatusCacheTtl())
                .build();
    }

    /**
     * The record of the key with this hash, loaded when absent; null when there is none. A change that commits
     * while a load is in flight waits for it and then removes what it loaded, so a stale record never stays.
     */
    CachedKey key(String hash, Function<String, CachedKey> loader) {
        return keys.get(hash, loader);
    }

    TenantAccess tenant(String tenantId, Function<String, TenantAccess> loader) {
        return tenants.get(tenantId, loader);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ApiKeyChanged change) {
        keys.invalidate(change.hash());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantChanged change) {
        tenants.invalidate(change.tenantId());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PlanChanged change) {
        tenants.invalidateAll();
    }
}
