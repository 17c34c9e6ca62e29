package fr.guichet.dispatch.provider;

import fr.guichet.metering.domain.TokenCount;
import java.util.List;

/**
 * Tokens consumed by one call. The counts come from the provider's own usage fields; {@code estimated} is true
 * only when the provider gave no count (or only part of it), in which case the missing numbers are estimated.
 *
 * <p>The estimate is deliberately simple: one token per four characters, rounded up
 * ({@link #estimateTokens(CharSequence)}), over the text of all messages for the input and over the delivered
 * text for the output. Real tokenizers differ by model; no tokenizer library is used for now.
 */
public record Usage(int inputTokens, int outputTokens, boolean estimated) {

    public Usage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** These counts as metering takes them. */
    public TokenCount count() {
        return new TokenCount(inputTokens, outputTokens, estimated);
    }

    /** Counts reported by the provider. */
    public static Usage reported(int inputTokens, int outputTokens) {
        return new Usage(inputTokens, outputTokens, false);
    }

    /** An estimate of both counts, for a provider that reported nothing. */
    public static Usage estimate(ChatRequest request, String output) {
        return new Usage(estimateInput(request), estimateTokens(output), true);
    }

    /** The estimated input tokens of a request: all message contents, one token per four characters. */
    public static int estimateInput(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        long chars = messages.stream().mapToLong(m -> m.content().length()).sum();
        return estimateTokens(chars);
    }

    /** ceil(characters / 4): a rough token count that needs no tokenizer. */
    public static int estimateTokens(CharSequence text) {
        return text == null ? 0 : estimateTokens(text.length());
    }

    /** ceil(characters / 4) for a text of that many characters. */
    public static int estimateTokens(long characters) {
        return (int) Math.min(Integer.MAX_VALUE, (characters + 3) / 4);
    }

    public int totalTokens() {
        return inputTokens + outputTokens;
    }
}
