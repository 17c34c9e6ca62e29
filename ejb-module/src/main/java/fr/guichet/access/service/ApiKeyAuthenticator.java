package fr.guichet.access.service;

import fr.guichet.access.domain.ApiKeySecret;
import fr.guichet.access.service.ApiKeyCache.CachedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Authenticates a presented client API key on every {@code /v1} call. A plain CDI bean, not an enterprise bean:
 * a warm key is a keyed hash and two cache reads, with no container interception and no transaction; only a
 * cache miss goes to {@link ApiKeyService} (which reads the key and records its use in a transaction).
 */
@ApplicationScoped
public class ApiKeyAuthenticator {

    @Inject
    ApiKeyService service;

    @Inject
    ApiKeyHasher hasher;

    @Inject
    ApiKeyCache cache;

    @Inject
    Clock clock;

    /**
     * The principal of a presented key, or empty when the key is malformed, unknown, revoked, expired or past
     * its rotation grace. A valid key of a suspended or cancelled tenant is returned with that status, so that
     * the caller can refuse it with the right answer. Throws when the key cannot be looked up (database down).
     */
    public Optional<KeyPrincipal> authenticate(String presentedKey) {
        Optional<ApiKeySecret> secret = ApiKeySecret.parse(presentedKey);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        CachedKey key = cache.key(hasher.hash(secret.get().value()), hash -> service.loadForAuthentication(hash, now));
        if (key == null || !key.statusAt(now).authenticates()) {
            return Optional.empty();
        }
        TenantAccess tenant = cache.tenant(key.tenantId(), service::tenantAccess);
        return Optional.of(new KeyPrincipal(
                key.keyId(),
                key.tenantId(),
                tenant,
                key.allowedModels(),
                key.createdBy(),
                key.requestsPerMinute(),
                key.suspendedAt(),
                key.suspendedReason()));
    }
}
