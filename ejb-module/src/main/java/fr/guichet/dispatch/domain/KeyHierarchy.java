package fr.guichet.dispatch.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Which key a call uses: the caller's personal key, else their tenant's, else the operator's global key. Keys
 * that do not belong to the caller (another tenant's, another user's) are ignored whatever the query returned.
 */
public final class KeyHierarchy {

    private KeyHierarchy() {}

    /** The strongest key among {@code candidates} that {@code tenantId} and {@code userId} may use. */
    public static Optional<ProviderKey> choose(Collection<ProviderKey> candidates, String tenantId, String userId) {
        return candidates.stream()
                .filter(k -> usableBy(k, tenantId, userId))
                .min(Comparator.comparingInt(k -> k.scope().precedence()));
    }

    /** Whether the key belongs to the caller: any global key, their tenant's key, their own personal key. */
    public static boolean usableBy(ProviderKey key, String tenantId, String userId) {
        return switch (key.scope()) {
            case GLOBAL -> true;
            case TENANT -> tenantId != null && tenantId.equals(key.tenantId());
            case PERSONAL -> userId != null && userId.equals(key.userId()) && Objects.equals(tenantId, key.tenantId());
            case NONE -> false;
        };
    }
}
