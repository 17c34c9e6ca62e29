package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ProviderException;

/**
 * A provider failure worth trying again or elsewhere (connection, timeout, 429, 5xx, overloaded). The Fault
 * Tolerance policies retry and count only this; a provider's 4xx stays a {@link ProviderException} and is
 * neither retried nor held against the provider's circuit.
 */
public class RetryableFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProviderException cause;

    RetryableFailure(ProviderException cause) {
        super(cause.getMessage(), cause, false, false);
        this.cause = cause;
    }

    public ProviderException failure() {
        return cause;
    }
}
