package fr.guichet.access.service;

import fr.guichet.access.domain.AllowedModels;
import fr.guichet.tenancy.domain.TenantStatus;
import java.util.List;

/**
 * Who calls {@code /v1} with a valid key: the key, its tenant and the tenant's status, and the models the key
 * may call (empty: all). A valid key of a tenant that may not use the service is still a principal, so that the
 * caller can be told why it is refused ({@link #tenantGrantsAccess()} false). {@code userId} is the user who
 * created the key (null when unknown): calls made with it use that user's personal provider keys and are
 * metered under that user.
 */
public record KeyPrincipal(String keyId, String tenantId, TenantStatus tenantStatus, List<String> allowedModels,
                           String userId) {

    public KeyPrincipal {
        allowedModels = List.copyOf(allowedModels);
    }

    /** Whether the tenant may use the service (not suspended, not cancelled). */
    public boolean tenantGrantsAccess() {
        return tenantStatus.grantsAccess();
    }

    /** Whether the key may call {@code model}. */
    public boolean permits(String model) {
        return new AllowedModels(allowedModels).permits(model);
    }
}
