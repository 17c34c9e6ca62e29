package fr.guichet.metering.domain;

/** The tokens of one call: the prompt's (input) and the answer's (output), estimated when the provider gave none. */
public record TokenCount(long input, long output, boolean estimated) {

    /** A call that used nothing: refused, or failed before any answer. */
    public static final TokenCount NONE = new TokenCount(0, 0, false);

    public TokenCount {
        if (input < 0 || output < 0) {
            throw new IllegalArgumentException("a token count is never negative");
        }
    }

    public long total() {
        return input + output;
    }
}
