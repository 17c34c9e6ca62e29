package fr.guichet.dispatch.provider;

import java.util.Objects;
import java.util.Set;

/**
 * One turn of a conversation: its {@code role} ({@code system}, {@code user} or {@code assistant}) and its text.
 * Adapters translate roles to each provider's vocabulary (Anthropic lifts system turns to a top-level field,
 * Gemini calls the assistant {@code model}).
 */
public record ChatMessage(String role, String content) {

    public static final String SYSTEM = "system";
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";

    private static final Set<String> ROLES = Set.of(SYSTEM, USER, ASSISTANT);

    public ChatMessage {
        Objects.requireNonNull(content, "content");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES + ": " + role);
        }
    }

    public static ChatMessage system(String content) {
        return new ChatMessage(SYSTEM, content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(USER, content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(ASSISTANT, content);
    }

    public boolean isSystem() {
        return SYSTEM.equals(role);
    }
}
