package fr.guichet.dispatch.provider;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long a provider asks to wait: {@code retry-after} in seconds (an HTTP date is ignored), else
 * OpenAI's {@code x-ratelimit-reset-requests} then {@code x-ratelimit-reset-tokens}, written as Go durations
 * ({@code 6s}, {@code 12ms}, {@code 1m30s}, {@code 0.5s}) - the form Gemini's {@code retryDelay} also uses.
 */
final class RetryAfter {

    private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private RetryAfter() {}

    static Optional<Duration> fromHeaders(HttpHeaders headers) {
        Optional<Duration> retryAfter = headers.firstValue("retry-after").flatMap(RetryAfter::seconds);
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return headers.firstValue("x-ratelimit-reset-requests")
                .flatMap(RetryAfter::duration)
                .or(() -> headers.firstValue("x-ratelimit-reset-tokens").flatMap(RetryAfter::duration));
    }

    /** A number of seconds, possibly fractional ({@code 20}, {@code 1.5}). */
    static Optional<Duration> seconds(String text) {
        String value = text.strip();
        if (!SECONDS.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(nanos(new BigDecimal(value), 1_000_000_000L));
    }

    /** A Go-style duration ({@code 6s}, {@code 12ms}, {@code 1m30s}), or plain seconds. */
    static Optional<Duration> duration(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (SECONDS.matcher(value).matches()) {
            return seconds(value);
        }
        Matcher part = PART.matcher(value);
        Duration total = Duration.ZERO;
        int at = 0;
        while (at < value.length()) {
            if (!part.find(at) || part.start() != at) {
                return Optional.empty();
            }
            total = total.plus(nanos(new BigDecimal(part.group(1)), unitNanos(part.group(2))));
            at = part.end();
        }
        return Optional.of(total);
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "h" -> 3_600_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "s" -> 1_000_000_000L;
            default -> 1_000_000L;
        };
    }

    private static Duration nanos(BigDecimal amount, long unitNanos) {
        return Duration.ofNanos(amount.multiply(BigDecimal.valueOf(unitNanos)).longValue());
    }
}
