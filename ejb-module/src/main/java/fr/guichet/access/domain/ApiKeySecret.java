package fr.guichet.access.domain;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The secret of a client API key: {@value #SCHEME} followed by {@value #RANDOM_LENGTH} random base62
 * characters (about 238 bits) from a {@link SecureRandom}. Shown to its owner once, then only its visible
 * prefix (the first {@value #VISIBLE_PREFIX} characters) and last four characters are kept. {@link #toString()}
 * never reveals it.
 */
public final class ApiKeySecret {

    public static final String SCHEME = "gk_live_";
    public static final int RANDOM_LENGTH = 40;
    public static final int VISIBLE_PREFIX = 12;
    /** Presented keys are accepted with 32 to 128 random characters, so that the length may change later. */
    static final int MIN_RANDOM = 32;

    static final int MAX_RANDOM = 128;
    static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    /** A fresh secret. */
    public static ApiKeySecret generate(SecureRandom random) {
        StringBuilder sb = new StringBuilder(SCHEME.length() + RANDOM_LENGTH).append(SCHEME);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            sb.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return new ApiKeySecret(sb.toString());
    }

    /** A presented key, when it has the shape of a Guichet key; anything else can never be valid. */
    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null || !presented.startsWith(SCHEME)) {
            return Optional.empty();
        }
        int randomLength = presented.length() - SCHEME.length();
        if (randomLength < MIN_RANDOM || randomLength > MAX_RANDOM) {
            return Optional.empty();
        }
        for (int i = SCHEME.length(); i < presented.length(); i++) {
            if (BASE62.indexOf(presented.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new ApiKeySecret(presented));
    }

    /** The whole secret: to hash, or to show its owner once. */
    public String value() {
        return value;
    }

    /** The first characters, stored to recognise the key, e.g. {@code gk_live_AbCd}. */
    public String prefix() {
        return value.substring(0, VISIBLE_PREFIX);
    }

    public String last4() {
        return value.substring(value.length() - 4);
    }

    /** The masked form, e.g. {@code gk_live_AbCd…wxyz}. */
    public static String mask(String prefix, String last4) {
        return prefix + "…" + last4;
    }

    @Override
    public String toString() {
        return mask(prefix(), last4());
    }
}
