package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ChatResponse;
import fr.guichet.limits.domain.RateStatus;

/**
 * A complete (non-streamed) answer and who gave it: provider, model, whether a fallback was used, and the rate
 * status of the call's admission (for the {@code x-ratelimit-*} headers).
 */
public record ChatResult(
        ChatResponse response,
        String providerId,
        String providerName,
        String model,
        boolean fallbackUsed,
        RateStatus rate) {}
