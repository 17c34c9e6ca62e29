package fr.guichet.dispatch.v1;

import fr.guichet.access.service.KeyPrincipal;
import jakarta.enterprise.context.RequestScoped;

/**
 * Which API key calls {@code /v1} in this request, set by {@link ApiKeyAuthFilter} before any resource runs.
 * Resources take the caller from here, never from the request.
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
}
