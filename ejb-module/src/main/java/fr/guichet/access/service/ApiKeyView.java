package fr.guichet.access.service;

import fr.guichet.access.domain.ApiKey;
import fr.guichet.access.domain.ApiKeySecret;
import fr.guichet.access.domain.ApiKeyStatus;
import java.time.Instant;
import java.util.List;

/** A read model of a key, without its secret or hash, with its status at the time it was read. */
public record ApiKeyView(
        String id,
        String tenantId,
        String name,
        String prefix,
        String last4,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String rotatedTo,
        Instant graceUntil,
        List<String> allowedModels,
        Instant lastUsedAt,
        ApiKeyStatus status,
        Integer requestsPerMinute,
        Instant suspendedAt,
        String suspendedReason) {

    public ApiKeyView {
        allowedModels = List.copyOf(allowedModels);
    }

    /** The masked key, e.g. {@code gk_live_AbCd…wxyz}. */
    public String masked() {
        return ApiKeySecret.mask(prefix, last4);
    }

    static ApiKeyView of(ApiKey k, Instant now) {
        return new ApiKeyView(
                k.id(),
                k.tenantId(),
                k.name(),
                k.prefix(),
                k.last4(),
                k.createdAt(),
                k.createdBy(),
                k.expiresAt(),
                k.revokedAt(),
                k.rotatedTo(),
                k.graceUntil(),
                k.allowedModels().ids(),
                k.lastUsedAt(),
                k.statusAt(now),
                k.requestsPerMinute(),
                k.suspendedAt(),
                k.suspendedReason());
    }
}
