package fr.guichet.dispatch.provider;

import java.util.List;
import java.util.Objects;

/**
 * A chat completion request in provider-neutral form. Sampling parameters are {@code null} when the caller did
 * not set them, and are then left out of the provider's request (the provider's default applies), except
 * Anthropic's required {@code max_tokens}, which {@link AnthropicAdapter} defaults. {@code stop} is never null
 * (empty when none); {@code user} is an opaque end-user id, passed only to providers that accept one.
 */
public record ChatRequest(
        String model,
        List<ChatMessage> messages,
        Double temperature,
        Double topP,
        Integer maxTokens,
        List<String> stop,
        String user) {

    public ChatRequest {
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /** A request with the provider's default parameters. */
    public static ChatRequest of(String model, List<ChatMessage> messages) {
        return new ChatRequest(model, messages, null, null, null, List.of(), null);
    }

    /** The same request for another model (a fallback provider may name it differently). */
    public ChatRequest withModel(String otherModel) {
        return new ChatRequest(otherModel, messages, temperature, topP, maxTokens, stop, user);
    }
}
