package fr.guichet.dispatch.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach one provider account.
 *
 * <p>{@code baseUrl} is the root the adapter appends its paths to: {@code https://api.openai.com/v1} (adapter
 * adds {@code /chat/completions}, {@code /models}), {@code https://api.anthropic.com} ({@code /v1/messages}),
 * {@code https://generativelanguage.googleapis.com} ({@code /v1beta/models/...}), {@code http://localhost:11434}
 * ({@code /api/chat}). A trailing slash is ignored. {@code apiKey} is {@code null} when the provider needs none
 * (Ollama). {@code timeout} bounds connecting and the whole call when not streaming; when streaming it bounds
 * the wait for the first byte and every silence between two lines of the stream.
 *
 * <p>{@link #toString()} never shows the key.
 */
public record ProviderEndpoint(String baseUrl, String apiKey, Duration timeout) {

    public ProviderEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        URI uri = URI.create(baseUrl);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (apiKey != null && apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            // checked here: an HTTP client refusing the header value might quote it in its message
            throw new IllegalArgumentException("apiKey must be printable ASCII without spaces");
        }
    }

    /** An endpoint that needs no key (Ollama). */
    public static ProviderEndpoint withoutKey(String baseUrl, Duration timeout) {
        return new ProviderEndpoint(baseUrl, null, timeout);
    }

    /** The absolute URI of {@code path} (which starts with a slash and may carry a query) under the base URL. */
    URI resolve(String path) {
        return URI.create(baseUrl + path);
    }

    /** Replaces every occurrence of the key in {@code text}, so that a provider echoing it cannot leak it. */
    String redact(String text) {
        return apiKey == null || text == null ? text : text.replace(apiKey, "***");
    }

    @Override
    public String toString() {
        return "ProviderEndpoint[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout="
                + timeout + "]";
    }
}
