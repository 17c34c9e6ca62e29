package fr.guichet.limits.domain;

import java.time.Duration;

/**
 * Where a per-minute rate limit stands after a request: its limit, what remains, when it is full again, and
 * (refused) how long until one more request is allowed. Rendered as OpenAI's {@code x-ratelimit-*} headers.
 */
public record RateStatus(boolean allowed, int limit, long remaining, long nanosToReset, long nanosToRetry) {

    /** {@code Retry-After} in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (nanosToRetry + 999_999_999L) / 1_000_000_000L);
    }

    /** When the bucket is full again, in OpenAI's header format ({@code 6m0s}, {@code 1s}, {@code 20ms}). */
    public String reset() {
        return openAiDuration(Duration.ofNanos(nanosToReset));
    }

    /** OpenAI's duration format: {@code 1h2m3s}, {@code 6m0s}, {@code 1.5s}, {@code 20ms}; zero is {@code 0s}. */
    public static String openAiDuration(Duration d) {
        long millis = Math.max(0, (d.toNanos() + 999_999L) / 1_000_000L);
        if (millis == 0) {
            return "0s";
        }
        if (millis < 1000) {
            return millis + "ms";
        }
        long hours = millis / 3_600_000;
        long minutes = millis % 3_600_000 / 60_000;
        long secondsMillis = millis % 60_000;
        String seconds = secondsMillis % 1000 == 0
                ? Long.toString(secondsMillis / 1000)
                : Double.toString(Math.ceil(secondsMillis / 100.0) / 10.0);
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            text.append(minutes).append('m');
        }
        return text.append(seconds).append('s').toString();
    }
}
