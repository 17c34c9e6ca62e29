package fr.guichet.dispatch.provider;

import java.util.List;

/**
 * Speaks one provider protocol. Implementations are thread-safe and stateless apart from a shared HTTP client.
 * Every method throws {@link ProviderException} when the provider cannot be reached or answers with an error.
 */
public interface ProviderAdapter {

    /** Sends the request and waits for the whole answer, within the endpoint's timeout. */
    ChatResponse complete(ProviderEndpoint endpoint, ChatRequest request);

    /**
     * Sends the request and returns once the provider accepted it (status and headers in); the caller then pulls
     * the answer with {@link ProviderStream#advance()}, which reports to {@code listener}.
     *
     * @throws ProviderException if the provider refuses the call or cannot be reached
     */
    ProviderStream open(ProviderEndpoint endpoint, ChatRequest request, StreamListener listener);

    /**
     * Streams the answer to {@code listener} and returns once it is complete.
     *
     * @throws ProviderException if the call fails before the first delta (the caller may fall back)
     * @throws StreamInterruptedException if it fails after at least one delta (never retry: meter what was
     *         delivered and end the client's stream with an error)
     */
    default void stream(ProviderEndpoint endpoint, ChatRequest request, StreamListener listener) {
        try (ProviderStream stream = open(endpoint, request, listener)) {
            while (stream.advance()) {
                // each line reaches the listener
            }
        }
    }

    /** The model ids this endpoint offers, as the provider names them. */
    List<String> listModels(ProviderEndpoint endpoint);
}
