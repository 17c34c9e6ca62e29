package fr.guichet.dispatch.provider;

import java.util.Locale;
import java.util.Set;

/**
 * Maps each provider's stop vocabulary to OpenAI's ({@code stop}, {@code length}, {@code content_filter},
 * {@code tool_calls}), which the {@code /v1} API returns whatever the provider. Unknown values read as
 * {@code stop}: the answer ended, for a reason OpenAI clients have no word for.
 */
final class FinishReasons {

    static final String STOP = "stop";
    static final String LENGTH = "length";
    static final String CONTENT_FILTER = "content_filter";
    static final String TOOL_CALLS = "tool_calls";

    private static final Set<String> OPENAI = Set.of(STOP, LENGTH, CONTENT_FILTER, TOOL_CALLS, "function_call");
    private static final Set<String> GEMINI_FILTERED =
            Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

    private FinishReasons() {}

    static String openAi(String reason) {
        return reason != null && OPENAI.contains(reason) ? reason : STOP;
    }

    /** Anthropic {@code stop_reason}: end_turn and stop_sequence stop, max_tokens is length. */
    static String anthropic(String reason) {
        if (reason == null) {
            return STOP;
        }
        return switch (reason) {
            case "max_tokens" -> LENGTH;
            case "tool_use" -> TOOL_CALLS;
            case "refusal" -> CONTENT_FILTER;
            default -> STOP;
        };
    }

    /** Gemini {@code finishReason}: STOP, MAX_TOKENS, and the safety family as content_filter. */
    static String gemini(String reason) {
        if (reason == null) {
            return STOP;
        }
        if ("MAX_TOKENS".equals(reason)) {
            return LENGTH;
        }
        return GEMINI_FILTERED.contains(reason) ? CONTENT_FILTER : STOP;
    }

    /** Ollama {@code done_reason}: {@code stop} or {@code length} (other values such as load read as stop). */
    static String ollama(String reason) {
        return reason != null && LENGTH.equals(reason.toLowerCase(Locale.ROOT)) ? LENGTH : STOP;
    }
}
