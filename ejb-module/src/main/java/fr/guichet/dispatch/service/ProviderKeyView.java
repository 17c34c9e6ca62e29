package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.domain.ProviderKey;
import java.time.Instant;

/** A provider key as it may be shown: its masked hint, never the key. */
public record ProviderKeyView(
        String providerId, KeyScope scope, String hint, String masterKeyId, Instant createdAt, Instant updatedAt) {

    public static ProviderKeyView of(ProviderKey k) {
        return new ProviderKeyView(k.providerId(), k.scope(), k.hint(), k.masterKeyId(), k.createdAt(), k.updatedAt());
    }
}
