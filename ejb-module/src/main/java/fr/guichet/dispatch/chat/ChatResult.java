package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ChatResponse;

/** A complete (non-streamed) answer and who gave it: provider, model, and whether a fallback was used. */
public record ChatResult(
        ChatResponse response, String providerId, String providerName, String model, boolean fallbackUsed) {}
