package fr.guichet.dispatch.provider;

import java.util.Objects;

/**
 * A stream failed after at least one delta was delivered to the listener. Deliberately not a
 * {@link ProviderException}: it must never be retried or fall back (that would bill a second answer). The
 * caller meters {@link #usage()} (estimated output for the {@link #deliveredText()}; input as reported when the
 * provider had already reported it) and ends its client's stream with an error. {@link #failure()} tells what
 * broke.
 */
public class StreamInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String deliveredText;
    private final Usage usage;

    public StreamInterruptedException(ProviderException failure, String deliveredText, Usage usage) {
        super("stream interrupted after " + deliveredText.length() + " characters: " + failure.getMessage(), failure);
        this.deliveredText = Objects.requireNonNull(deliveredText, "deliveredText");
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    /** What broke the stream. */
    public ProviderException failure() {
        return (ProviderException) getCause();
    }

    /** The text the listener received before the failure, in order. */
    public String deliveredText() {
        return deliveredText;
    }

    /** The usage to meter for what was delivered (always marked estimated). */
    public Usage usage() {
        return usage;
    }
}
