package fr.guichet.access.service;

import fr.guichet.access.domain.ApiKey;
import fr.guichet.access.domain.ApiKeySecret;
import fr.guichet.access.repository.ApiKeyRepository;
import fr.guichet.access.service.ApiKeyCache.CachedKey;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's client API keys: create (the secret is returned once), list, read, revoke, rotate; and what the
 * authentication of a presented key ({@link ApiKeyAuthenticator}) reads from the database on a cache miss. Every
 * management method takes the tenant id and never reaches outside
 * it: a key of another tenant is simply not found. The web layer checks who may act on the tenant.
 */
@Stateless
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiKeyRepository keys;

    @Inject
    TenantService tenants;

    @Inject
    PlanService plans;

    @Inject
    AuditLog audit;

    @Inject
    ApiKeyHasher hasher;

    @Inject
    AccessConfig config;

    @Inject
    Event<ApiKeyChanged> changes;

    @Inject
    Clock clock;

    /** Creates a key; {@code allowedModels} null or empty means every model; {@code createdBy} is a user id. */
    public NewApiKey create(
            String tenantId, String name, Instant expiresAt, List<String> allowedModels, String createdBy) {
        return create(tenantId, name, expiresAt, allowedModels, null, createdBy);
    }

    /** Creates a key with its own per-minute limit ({@code requestsPerMinute}, null: the tenant's only). */
    public NewApiKey create(
            String tenantId,
            String name,
            Instant expiresAt,
            List<String> allowedModels,
            Integer requestsPerMinute,
            String createdBy) {
        tenants.get(tenantId);
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey key = new ApiKey(
                tenantId, name, secret, hasher.hash(secret.value()), expiresAt, allowedModels, createdBy, now);
        key.limitRate(requestsPerMinute);
        keys.add(key);
        return new NewApiKey(ApiKeyView.of(key, now), secret.value());
    }

    /** The tenant's keys, newest first, whatever their status. */
    public Page<ApiKeyView> list(String tenantId, PageRequest page) {
        tenants.get(tenantId);
        Instant now = clock.instant();
        return keys.listInTenant(tenantId, page).map(k -> ApiKeyView.of(k, now));
    }

    public ApiKeyView get(String tenantId, String keyId) {
        return ApiKeyView.of(require(tenantId, keyId), clock.instant());
    }

    /**
     * Suspends a key (abuse policy, or an operator) and writes why to the audit log; the key answers 403
     * {@code api_key_suspended} from its next call on this server, within the key-cache TTL on the others.
     * Returns false when it was already suspended.
     */
    public boolean suspend(String tenantId, String keyId, String actor, String reason) {
        ApiKey key = require(tenantId, keyId);
        boolean suspended = key.suspend(reason, clock.instant());
        if (suspended) {
            audit.write(actor, tenantId, "api_key.suspended", "api_key:" + keyId, reason);
            changes.fire(new ApiKeyChanged(key.hash()));
        }
        return suspended;
    }

    /** Lifts a key's suspension (operators), with the reason written to the audit log. */
    public ApiKeyView reinstate(String tenantId, String keyId, String actor, String reason) {
        new Validation().textBlock(reason, "reason", 1, 1000).throwIfInvalid();
        ApiKey key = require(tenantId, keyId);
        if (!key.reinstate()) {
            throw new DomainException(ErrorCode.API_KEY_NOT_ACTIVE, "The API key " + keyId + " is not suspended");
        }
        audit.write(actor, tenantId, "api_key.reinstated", "api_key:" + keyId, reason.strip());
        changes.fire(new ApiKeyChanged(key.hash()));
        return ApiKeyView.of(key, clock.instant());
    }

    /**
     * Revokes a key at once, and writes who did to the audit log; revoking a revoked key changes nothing (and writes
     * nothing).
     */
    public ApiKeyView revoke(String tenantId, String keyId, String actor) {
        ApiKey key = require(tenantId, keyId);
        Instant now = clock.instant();
        boolean wasRevoked = key.revokedAt() != null;
        key.revoke(now);
        if (!wasRevoked) {
            audit.write(actor, tenantId, "api_key.revoked", "api_key:" + keyId, null);
        }
        changes.fire(new ApiKeyChanged(key.hash()));
        return ApiKeyView.of(key, now);
    }

    /**
     * Replaces an active key by a new one (same name, expiry and models) whose secret is returned once; the old
     * key keeps working for {@code guichet.access.rotation-grace}.
     */
    public RotatedApiKey rotate(String tenantId, String keyId, String rotatedBy, String actor) {
        ApiKey key = require(tenantId, keyId);
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(RANDOM);
        ApiKey successor = key.rotate(secret, hasher.hash(secret.value()), rotatedBy, config.rotationGrace(), now);
        keys.add(successor);
        audit.write(actor, tenantId, "api_key.rotated", "api_key:" + keyId, "replaced by api_key:" + successor.id());
        changes.fire(new ApiKeyChanged(key.hash()));
        return new RotatedApiKey(ApiKeyView.of(key, now), new NewApiKey(ApiKeyView.of(successor, now), secret.value()));
    }

    /**
     * A cache miss of {@link ApiKeyAuthenticator}: reads the key by its hash and, when it is usable, records the
     * use (so last use is exact to a TTL); null when no key has that hash.
     */
    public CachedKey loadForAuthentication(String hash, Instant now) {
        return keys.findByHash(hash)
                .map(k -> {
                    if (k.statusAt(now).authenticates()) {
                        keys.recordUse(k.id(), now);
                    }
                    return CachedKey.of(k);
                })
                .orElse(null);
    }

    /** What authentication needs of a tenant: status, trial end, zone, plan and its rate. */
    public TenantAccess tenantAccess(String tenantId) {
        TenantView tenant = tenants.get(tenantId);
        Optional<PlanView> plan = plans.find(tenant.planId());
        return new TenantAccess(
                tenantId,
                tenant.status(),
                tenant.trialEndsAt(),
                ZoneId.of(tenant.timeZone()),
                tenant.planId(),
                plan.map(PlanView::name).orElse(null),
                plan.map(PlanView::requestsPerMinute).orElse(null));
    }

    private ApiKey require(String tenantId, String keyId) {
        return keys.findInTenant(tenantId, keyId)
                .orElseThrow(() -> new DomainException(
                        ErrorCode.API_KEY_NOT_FOUND, "No API key with id " + keyId + " in this tenant"));
    }
}
