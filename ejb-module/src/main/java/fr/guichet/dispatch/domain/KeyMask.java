package fr.guichet.dispatch.domain;

/**
 * The only form in which a provider key is ever shown: {@code sk-12…89}, the first 5 and last 2 characters
 * of a key of 16 characters or more; the first 2 and last 1 of a key of 8 to 15; nothing of a shorter one.
 */
public final class KeyMask {

    static final String ELLIPSIS = "…";

    private KeyMask() {}

    public static String of(String key) {
        if (key == null) {
            return ELLIPSIS;
        }
        int n = key.length();
        if (n >= 16) {
            return key.substring(0, 5) + ELLIPSIS + key.substring(n - 2);
        }
        if (n >= 8) {
            return key.substring(0, 2) + ELLIPSIS + key.substring(n - 1);
        }
        return ELLIPSIS;
    }
}
