package fr.guichet.dispatch.domain;

import fr.guichet.common.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One API key for one provider, owned by the operator (global), a tenant, or one user of a tenant. Only its
 * AES-GCM ciphertext and a masked hint are stored; the associated data binds the ciphertext to the provider,
 * the scope and the owner, so it cannot be replayed on another row. Replacing the key re-seals it under the
 * current master key. At most one key per provider, scope and owner.
 */
@Entity
@Table(name = "provider_key")
public class ProviderKey {

    /** The owner of global keys. */
    public static final String GLOBAL_OWNER = "global";

    static final int MAX_KEY = 512;

    @Id
    private String id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false)
    private KeyScope scope;

    /** The 'global' owner, the tenant id, or the user id, by scope. */
    @Column(name = "owner_id", nullable = false, updatable = false)
    private String ownerId;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(name = "user_id", updatable = false)
    private String userId;

    @Column(name = "ciphertext", nullable = false)
    private String ciphertext;

    @Column(name = "iv", nullable = false)
    private String iv;

    @Column(name = "master_key_id", nullable = false)
    private String masterKeyId;

    @Column(name = "hint", nullable = false)
    private String hint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected ProviderKey() {}

    private ProviderKey(
            String providerId,
            KeyScope scope,
            String ownerId,
            String tenantId,
            String userId,
            String apiKey,
            KeyCipher cipher,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.providerId = providerId;
        this.scope = scope;
        this.ownerId = ownerId;
        this.tenantId = tenantId;
        this.userId = userId;
        this.createdAt = now;
        replace(apiKey, cipher, now);
    }

    public static ProviderKey global(String providerId, String apiKey, KeyCipher cipher, Instant now) {
        return new ProviderKey(providerId, KeyScope.GLOBAL, GLOBAL_OWNER, null, null, apiKey, cipher, now);
    }

    public static ProviderKey ofTenant(
            String providerId, String tenantId, String apiKey, KeyCipher cipher, Instant now) {
        return new ProviderKey(providerId, KeyScope.TENANT, required(tenantId), tenantId, null, apiKey, cipher, now);
    }

    public static ProviderKey personal(
            String providerId, String tenantId, String userId, String apiKey, KeyCipher cipher, Instant now) {
        required(tenantId);
        return new ProviderKey(providerId, KeyScope.PERSONAL, required(userId), tenantId, userId, apiKey, cipher, now);
    }

    /** Who owns a key of {@code scope}: 'global', the tenant, or the user. */
    public static String ownerOf(KeyScope scope, String tenantId, String userId) {
        return switch (scope) {
            case GLOBAL -> GLOBAL_OWNER;
            case TENANT -> required(tenantId);
            case PERSONAL -> required(userId);
            case NONE -> throw new IllegalArgumentException("NONE is not a stored scope");
        };
    }

    /** Seals a new value under the current master key, with a fresh IV. */
    public void replace(String apiKey, KeyCipher cipher, Instant now) {
        String key = validApiKey(apiKey, "apiKey");
        SealedKey sealed = cipher.seal(key, associatedData());
        this.ciphertext = sealed.ciphertext();
        this.iv = sealed.iv();
        this.masterKeyId = sealed.masterKeyId();
        this.hint = KeyMask.of(key);
        this.updatedAt = now;
    }

    /** The plaintext key, for a call to the provider only; never to be logged or shown. */
    public String reveal(KeyCipher cipher) {
        return cipher.open(new SealedKey(ciphertext, iv, masterKeyId), associatedData());
    }

    /** Re-seals under the current master key when another one sealed it; says whether it did. */
    public boolean resealIfStale(KeyCipher cipher, Instant now) {
        if (cipher.currentKeyId().equals(masterKeyId)) {
            return false;
        }
        replace(reveal(cipher), cipher, now);
        return true;
    }

    /** The key, stripped: 1 to 512 characters, none of them white space or control characters. */
    public static String validApiKey(String value, String field) {
        String key = value == null ? "" : value.strip();
        if (key.isEmpty()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (key.length() > MAX_KEY) {
            throw DomainException.invalid(field, "must be at most " + MAX_KEY + " characters");
        }
        if (key.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw DomainException.invalid(field, "must not contain spaces or control characters");
        }
        return key;
    }

    /** Binds the ciphertext to this row's provider, scope and owner. */
    String associatedData() {
        return "guichet/provider-key/v1|" + providerId + "|" + scope.name() + "|" + ownerId;
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An owner id is required for this scope");
        }
        return id;
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public KeyScope scope() {
        return scope;
    }

    public String ownerId() {
        return ownerId;
    }

    public String tenantId() {
        return tenantId;
    }

    public String userId() {
        return userId;
    }

    public String masterKeyId() {
        return masterKeyId;
    }

    public String hint() {
        return hint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
