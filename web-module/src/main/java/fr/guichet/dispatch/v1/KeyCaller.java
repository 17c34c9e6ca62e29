package fr.guichet.dispatch.v1;

import fr.guichet.access.service.KeyPrincipal;
import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;
import java.util.List;

/**
 * Which API key calls {@code /v1} in this request, set by {@link ApiKeyAuthFilter} before any resource runs.
 * Resources take the tenant from here, never from the request.
 */
@RequestScoped
public class KeyCaller {

    private KeyPrincipal principal;

    void set(KeyPrincipal principal) {
        this.principal = principal;
    }

    /** The authenticated key, its tenant and its limits. */
    public KeyPrincipal principal() {
        if (principal == null) {
            throw new IllegalStateException("No API key authenticated this request");
        }
        return principal;
    }

    public String keyId() {
        return principal().keyId();
    }

    public String tenantId() {
        return principal().tenantId();
    }

    /** The tenant's time zone: its quota periods are its calendar months. */
    public ZoneId zone() {
        return principal().tenant().zone();
    }

    /** The user who created the key (their personal provider keys apply), or null. */
    public String userId() {
        return principal().userId();
    }

    /** The models the key may call; empty: every model. */
    public List<String> allowedModels() {
        return principal().allowedModels();
    }

    public boolean permits(String model) {
        return principal().permits(model);
    }
}
