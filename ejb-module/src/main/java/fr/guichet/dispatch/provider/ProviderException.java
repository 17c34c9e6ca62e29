package fr.guichet.dispatch.provider;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider call failed before any text was delivered. {@link #failure()} classifies it so that the dispatcher
 * can decide: {@link Failure#retryable()} failures may be retried or fall back to the next provider; the others
 * (bad key, unknown model, invalid request) are answered as they are. {@link #status()} is the HTTP status (0
 * when there was no HTTP answer), {@link #providerMessage()} and the optional type and code are parsed from
 * the provider's error body. Messages never contain the API key.
 */
public class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a provider call failed. */
    public enum Failure {
        /** Connection refused, reset or closed early; also an unreadable or truncated answer. */
        CONNECTION(true),
        /** No answer (or no next line of a stream) within the endpoint's timeout. */
        TIMEOUT(true),
        /** 429: too many requests or tokens; see {@link ProviderException#retryAfter()}. */
        RATE_LIMITED(true),
        /** The provider is overloaded (503, Anthropic's 529 {@code overloaded_error}). */
        OVERLOADED(true),
        /** Any other 5xx, or a 2xx answer that does not follow the protocol. */
        SERVER_ERROR(true),
        /** 401/403: the key is missing, wrong or not allowed. */
        AUTHENTICATION(false),
        /** 404, or Ollama's "model 'x' not found". */
        MODEL_NOT_FOUND(false),
        /** 400, 422 and every other 4xx: the request itself is wrong. */
        INVALID_REQUEST(false),
        /**
         * Guichet's own connections to the provider were all in use for the whole timeout (that many streams open):
         * the provider is not at fault, so the call is not retried (it would wait again) and does not count
         * against the provider's circuit; the next provider of the chain is tried.
         */
        BUSY(false);

        private final boolean retryable;

        Failure(boolean retryable) {
            this.retryable = retryable;
        }

        /** True when the same request may succeed later or elsewhere. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final ProviderKind provider;
    private final Failure failure;
    private final int status;
    private final String providerMessage;
    private final String errorType;
    private final String errorCode;
    private final Duration retryAfter;

    public ProviderException(ProviderKind provider, Failure failure, int status, String providerMessage) {
        this(provider, failure, status, providerMessage, null, null, null, null);
    }

    public ProviderException(
            ProviderKind provider,
            Failure failure,
            int status,
            String providerMessage,
            String errorType,
            String errorCode,
            Duration retryAfter,
            Throwable cause) {
        super(describe(provider, failure, status, providerMessage, errorType, errorCode), cause);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.status = status;
        this.providerMessage = providerMessage == null ? "" : providerMessage;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    private static String describe(
            ProviderKind provider, Failure failure, int status, String message, String type, String code) {
        StringBuilder text = new StringBuilder().append(provider).append(' ').append(failure);
        if (status > 0) {
            text.append(" (HTTP ").append(status).append(')');
        }
        if (type != null || code != null) {
            text.append(" [")
                    .append(type == null ? "" : type)
                    .append(type != null && code != null ? "/" : "")
                    .append(code == null ? "" : code)
                    .append(']');
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(message);
        }
        return text.toString();
    }

    public ProviderKind provider() {
        return provider;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status of the provider's answer, 0 when there was none (connection, timeout, in-stream error). */
    public int status() {
        return status;
    }

    /** The provider's own error message (empty when it gave none). */
    public String providerMessage() {
        return providerMessage;
    }

    /** The error type ({@code rate_limit_error}, Gemini's {@code RESOURCE_EXHAUSTED}...) when the body had one. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /** The error code ({@code invalid_api_key}, Gemini's numeric code...) when the body had one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** How long the provider asked to wait, from {@code retry-after} or its rate-limit reset headers. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean retryable() {
        return failure.retryable();
    }
}
