package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.KeyMask;
import fr.guichet.dispatch.domain.KeyScope;

/**
 * The key a call to a provider uses, in plaintext, and whose it is. Empty with scope {@link KeyScope#NONE}
 * for a provider that needs no key. Hand it to the provider adapter only; {@link #toString()} masks it.
 */
public record ResolvedKey(String plaintextKey, KeyScope scope) {

    public static final ResolvedKey NONE = new ResolvedKey("", KeyScope.NONE);

    public boolean isEmpty() {
        return plaintextKey.isEmpty();
    }

    @Override
    public String toString() {
        return "ResolvedKey[" + scope + (isEmpty() ? "" : " " + KeyMask.of(plaintextKey)) + "]";
    }
}
