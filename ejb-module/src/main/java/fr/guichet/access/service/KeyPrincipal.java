package fr.guichet.access.service;

import fr.guichet.access.domain.AllowedModels;
import java.time.Instant;
import java.util.List;

/**
 * Who calls {@code /v1} with a valid key: the key, its tenant and the tenant's status, and the models the key
 * may call (empty: all). A valid key of a tenant that may not use the service is still a principal, so that the
 * caller can be told why it is refused ({@link #tenantGrantsAccess()} false). {@code userId} is the user who
 * created the key (null when unknown): calls made with it use that user's personal provider keys and are
 * metered under that user. {@code keyRequestsPerMinute} is the key's own rate limit (null: the tenant's only).
 */
public record KeyPrincipal(
        String keyId,
        String tenantId,
        TenantAccess tenant,
        List<String> allowedModels,
        String userId,
        Integer keyRequestsPerMinute,
        Instant suspendedAt,
        String suspendedReason) {

    public KeyPrincipal {
        allowedModels = List.copyOf(allowedModels);
    }

    /** Whether the tenant may use the service (not suspended, not cancelled). */
    public boolean tenantGrantsAccess() {
        return tenant.status().grantsAccess();
    }

    /** Whether the key itself is suspended (for abuse, or by an operator) until an operator reinstates it. */
    public boolean keySuspended() {
        return suspendedAt != null;
    }

    /** Whether the key may call {@code model}. */
    public boolean permits(String model) {
        return new AllowedModels(allowedModels).permits(model);
    }
}
