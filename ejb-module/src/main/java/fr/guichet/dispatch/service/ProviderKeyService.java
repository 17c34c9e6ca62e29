package fr.guichet.dispatch.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.domain.KeyCipher;
import fr.guichet.dispatch.domain.KeyCipherException;
import fr.guichet.dispatch.domain.KeyHierarchy;
import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.domain.Provider;
import fr.guichet.dispatch.domain.ProviderKey;
import fr.guichet.dispatch.domain.ProviderKinds;
import fr.guichet.dispatch.repository.ProviderKeyRepository;
import fr.guichet.dispatch.repository.ProviderRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Provider keys: set (sealed under the current master key), listed masked, removed, and resolved for a call
 * — the caller's personal key, else the tenant's, else the global one. Who may set which scope is checked by
 * the web layer; here every tenant or personal key is looked up within the given tenant and user only.
 * Plaintext keys leave this class only through {@link #resolve}, and are never logged.
 */
@Stateless
public class ProviderKeyService {

    private static final System.Logger LOG = System.getLogger(ProviderKeyService.class.getName());

    @Inject
    Event<CatalogChanged> catalogChanged;

    @Inject
    ProviderKeyRepository keys;

    @Inject
    ProviderRepository providers;

    @Inject
    KeyCipher cipher;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** Sets (or replaces) a provider's global key; {@code actor} goes to the audit log, the key never does. */
    public ProviderKeyView setGlobal(String providerId, String apiKey, String actor) {
        catalogChanged.fire(new CatalogChanged());
        return audited(set(providerId, KeyScope.GLOBAL, null, null, apiKey), null, actor);
    }

    public ProviderKeyView setForTenant(String providerId, String tenantId, String apiKey, String actor) {
        catalogChanged.fire(new CatalogChanged());
        return audited(set(providerId, KeyScope.TENANT, tenantId, null, apiKey), tenantId, actor);
    }

    public ProviderKeyView setPersonal(String providerId, String tenantId, String userId, String apiKey, String actor) {
        catalogChanged.fire(new CatalogChanged());
        return audited(set(providerId, KeyScope.PERSONAL, tenantId, userId, apiKey), tenantId, actor);
    }

    private ProviderKeyView audited(ProviderKeyView key, String tenantId, String actor) {
        audit.write(actor, tenantId, "provider_key.set", subject(key.providerId(), key.scope()), null);
        return key;
    }

    private static String subject(String providerId, KeyScope scope) {
        return "provider:" + providerId + " " + scope.name().toLowerCase(Locale.ROOT) + " key";
    }

    /** Removes the key of that scope owned by the caller's tenant or the caller; 404 when there is none. */
    public void remove(String providerId, KeyScope scope, String tenantId, String userId, String actor) {
        catalogChanged.fire(new CatalogChanged());
        ProviderKey key = keys.find(providerId, scope, ProviderKey.ownerOf(scope, tenantId, userId))
                .filter(k -> KeyHierarchy.usableBy(k, tenantId, userId))
                .orElseThrow(() -> new DomainException(
                        ErrorCode.PROVIDER_KEY_NOT_FOUND,
                        "No " + scope.name().toLowerCase(Locale.ROOT) + " key for provider " + providerId));
        keys.remove(key);
        audit.write(
                actor,
                scope == KeyScope.GLOBAL ? null : tenantId,
                "provider_key.removed",
                subject(providerId, scope),
                null);
    }

    public Optional<ProviderKeyView> globalKey(String providerId) {
        return keys.find(providerId, KeyScope.GLOBAL, ProviderKey.GLOBAL_OWNER).map(ProviderKeyView::of);
    }

    /** The global keys of these providers, by provider id. */
    public Map<String, ProviderKeyView> globalKeys(Collection<String> providerIds) {
        return keys.globalKeys(providerIds).stream()
                .map(ProviderKeyView::of)
                .collect(Collectors.toMap(ProviderKeyView::providerId, Function.identity()));
    }

    /** What a tenant user may see: the tenant's keys and their own, masked. */
    public List<ProviderKeyView> visibleTo(String tenantId, String userId) {
        return keys.visibleTo(tenantId, userId).stream()
                .map(ProviderKeyView::of)
                .toList();
    }

    /**
     * The key for a call by {@code userId} (may be null, e.g. a call with a tenant's API key) of
     * {@code tenantId} to {@code providerId}. A provider that needs no key (Ollama) gets {@link ResolvedKey#NONE}
     * unless a key was set for it anyway (e.g. behind an authenticating proxy). Does not check that the
     * provider is enabled: the dispatcher reads that from {@link ProviderService#find}.
     *
     * @throws DomainException {@code PROVIDER_NOT_FOUND}; {@code NO_PROVIDER_KEY} when no key applies;
     *                         {@code PROVIDER_KEY_UNREADABLE} when the chosen key cannot be decrypted
     */
    public ResolvedKey resolve(String providerId, String tenantId, String userId) {
        Provider provider = providers.find(providerId).orElseThrow(() -> ProviderService.notFound(providerId));
        Optional<ProviderKey> chosen =
                KeyHierarchy.choose(keys.candidates(providerId, tenantId, userId), tenantId, userId);
        if (chosen.isEmpty()) {
            if (!ProviderKinds.needsKey(provider.kind())) {
                return ResolvedKey.NONE;
            }
            throw new DomainException(
                    ErrorCode.NO_PROVIDER_KEY,
                    "No API key is set for the provider '" + provider.name()
                            + "': set a personal or tenant key, or ask the operator for a global one");
        }
        ProviderKey key = chosen.get();
        try {
            return new ResolvedKey(key.reveal(cipher), key.scope());
        } catch (KeyCipherException e) {
            LOG.log(
                    Level.ERROR,
                    "Provider key {0} ({1} key of provider {2}) cannot be decrypted: {3}",
                    key.id(),
                    key.scope(),
                    providerId,
                    e.getMessage());
            throw unreadable(provider, key.scope());
        }
    }

    /** Re-seals every key sealed under a retired master key under the current one (after a rotation). */
    public ResealReport resealStale() {
        catalogChanged.fire(new CatalogChanged());
        Instant now = clock.instant();
        int resealed = 0;
        int unreadable = 0;
        for (ProviderKey key : keys.sealedUnderOtherThan(cipher.currentKeyId(), Integer.MAX_VALUE)) {
            try {
                if (key.resealIfStale(cipher, now)) {
                    resealed++;
                }
            } catch (KeyCipherException e) {
                unreadable++;
                LOG.log(
                        Level.WARNING,
                        "Provider key {0} ({1} key of provider {2}) stays as it is: {3}",
                        key.id(),
                        key.scope(),
                        key.providerId(),
                        e.getMessage());
            }
        }
        LOG.log(
                Level.INFO,
                "Re-sealed {0} provider keys under master key {1}; {2} could not be opened",
                resealed,
                cipher.currentKeyId(),
                unreadable);
        return new ResealReport(cipher.currentKeyId(), resealed, unreadable);
    }

    private ProviderKeyView set(String providerId, KeyScope scope, String tenantId, String userId, String apiKey) {
        providers.find(providerId).orElseThrow(() -> ProviderService.notFound(providerId));
        Instant now = clock.instant();
        Optional<ProviderKey> existing = keys.find(providerId, scope, ProviderKey.ownerOf(scope, tenantId, userId));
        if (existing.isPresent()) {
            existing.get().replace(apiKey, cipher, now);
            return ProviderKeyView.of(existing.get());
        }
        ProviderKey key = switch (scope) {
            case GLOBAL -> ProviderKey.global(providerId, apiKey, cipher, now);
            case TENANT -> ProviderKey.ofTenant(providerId, tenantId, apiKey, cipher, now);
            case PERSONAL -> ProviderKey.personal(providerId, tenantId, userId, apiKey, cipher, now);
            case NONE -> throw new IllegalArgumentException("NONE is not a stored scope");
        };
        try {
            keys.add(key);
            keys.flush();
        } catch (PersistenceException e) {
            throw new DomainException(
                    ErrorCode.CONCURRENT_MODIFICATION,
                    "This key was set by another request meanwhile: read the keys again and retry");
        }
        return ProviderKeyView.of(key);
    }

    private static DomainException unreadable(Provider provider, KeyScope scope) {
        return new DomainException(
                ErrorCode.PROVIDER_KEY_UNREADABLE,
                "The " + scope.name().toLowerCase(Locale.ROOT) + " key of the provider '" + provider.name()
                        + "' cannot be decrypted with "
                        + "the configured master keys: the operator must check GUICHET_MASTER_KEY");
    }
}
