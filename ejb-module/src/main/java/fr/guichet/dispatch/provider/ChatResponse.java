package fr.guichet.dispatch.provider;

import java.util.Objects;

/**
 * A complete (non-streamed) answer. {@code id} is the provider's id, or a generated one when the provider has
 * none (Ollama); {@code model} is the model the provider says answered; {@code finishReason} uses OpenAI's
 * vocabulary ({@code stop}, {@code length}, {@code content_filter}, {@code tool_calls}) whatever the provider.
 */
public record ChatResponse(String id, String model, String content, String finishReason, Usage usage) {

    public ChatResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(usage, "usage");
    }
}
