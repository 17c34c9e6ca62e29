package fr.guichet.access.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.access.domain.ApiKey;
import fr.guichet.access.domain.ApiKeyStatus;
import fr.guichet.access.repository.ApiKeyRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The service against in-memory doubles of its repository and of the tenancy service, with a movable clock. */
class ApiKeyServiceTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final MemoryKeys keys = new MemoryKeys();
    private final Map<String, TenantStatus> tenantStatuses =
            new HashMap<>(Map.of("tenant-a", TenantStatus.ACTIVE, "tenant-b", TenantStatus.TRIAL));
    private final List<String> audited = new ArrayList<>();
    private ApiKeyCache keyCache;
    private final ApiKeyService service = service();
    private final ApiKeyAuthenticator authenticator = authenticator();

    @Test
    @DisplayName("a created key authenticates with its tenant and models; the view holds no secret or hash")
    void createAndAuthenticate() {
        NewApiKey created = service.create("tenant-a", "CI", null, List.of("gpt-4o-mini"), "user-1");

        KeyPrincipal principal = authenticator.authenticate(created.secret()).orElseThrow();
        assertThat(principal.keyId()).isEqualTo(created.key().id());
        assertThat(principal.tenantId()).isEqualTo("tenant-a");
        assertThat(principal.tenantGrantsAccess()).isTrue();
        assertThat(principal.permits("gpt-4o-mini")).isTrue();
        assertThat(principal.permits("gpt-4o")).isFalse();
        assertThat(created.key().toString()).doesNotContain(created.secret().substring(12, 40));
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(created.key().masked())
                .isEqualTo(created.secret().substring(0, 12) + "…"
                        + created.secret().substring(created.secret().length() - 4));
        assertThat(keys.stored.get(0).hash()).doesNotContain(created.secret().substring(8));
    }

    @Test
    @DisplayName("a malformed or unknown key is refused; malformed ones never reach the database")
    void unknown() {
        assertThat(authenticator.authenticate("sk-not-ours")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
        assertThat(keys.lookups).isZero();
        assertThat(authenticator.authenticate("gk_live_" + "x".repeat(40))).isEmpty();
        assertThat(keys.lookups).isOne();
    }

    @Test
    @DisplayName("repeated calls are served from memory: one database read and one use recorded")
    void cached() {
        String secret = service.create("tenant-a", "CI", null, null, null).secret();
        for (int i = 0; i < 5; i++) {
            assertThat(authenticator.authenticate(secret)).isPresent();
        }
        assertThat(keys.lookups).isOne();
        assertThat(keys.uses).isOne();
    }

    @Test
    @DisplayName("a revoked key is refused on the very next call, even though it was remembered")
    void revoke() {
        NewApiKey created = service.create("tenant-a", "CI", null, null, null);
        assertThat(authenticator.authenticate(created.secret())).isPresent();

        ApiKeyView revoked = service.revoke("tenant-a", created.key().id(), "operator:ops@example.com");
        service.revoke("tenant-a", created.key().id(), "operator:ops@example.com");

        assertThat(revoked.status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(authenticator.authenticate(created.secret())).isEmpty();
        assertThat(audited)
                .containsExactly("operator:ops@example.com tenant-a api_key.revoked api_key:"
                        + created.key().id());
    }

    @Test
    @DisplayName("another tenant's key is not found: it can be neither read, revoked nor rotated")
    void crossTenant() {
        NewApiKey ofA = service.create("tenant-a", "CI", null, null, null);
        String id = ofA.key().id();

        for (var attempt : List.<Runnable>of(
                () -> service.get("tenant-b", id),
                () -> service.revoke("tenant-b", id, "user:b@x.example"),
                () -> service.rotate("tenant-b", id, null, "user:b@x.example"))) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.API_KEY_NOT_FOUND));
        }
        assertThat(service.list("tenant-b", new PageRequest(0, 20)).total()).isZero();
        assertThat(audited).isEmpty();
        assertThat(authenticator.authenticate(ofA.secret())).isPresent();
    }

    @Test
    @DisplayName("after a rotation both keys work during the grace period; then only the new one")
    void rotate() {
        NewApiKey original = service.create("tenant-a", "CI", null, List.of("m1"), "user-1");
        assertThat(authenticator.authenticate(original.secret())).isPresent();

        RotatedApiKey rotated = service.rotate("tenant-a", original.key().id(), "user-2", "user:two@x.example");

        assertThat(rotated.previous().status()).isEqualTo(ApiKeyStatus.ROTATING);
        assertThat(rotated.previous().graceUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(rotated.replacement().secret()).isNotEqualTo(original.secret());
        assertThat(rotated.replacement().key().allowedModels()).containsExactly("m1");
        assertThat(authenticator.authenticate(original.secret())).isPresent();
        assertThat(authenticator.authenticate(rotated.replacement().secret())).isPresent();
        assertThat(audited)
                .containsExactly("user:two@x.example tenant-a api_key.rotated api_key:"
                        + original.key().id() + " replaced by api_key:"
                        + rotated.replacement().key().id());

        clock.advance(Duration.ofHours(24));
        assertThat(authenticator.authenticate(original.secret())).isEmpty();
        assertThat(authenticator.authenticate(rotated.replacement().secret())).isPresent();
        assertThat(service.get("tenant-a", original.key().id()).status()).isEqualTo(ApiKeyStatus.EXPIRED);
    }

    @Test
    @DisplayName("an expiry in the past is refused; a key stops at its expiry even while remembered")
    void expiry() {
        assertThatThrownBy(
                        () -> service.create("tenant-a", "CI", clock.instant().minusSeconds(1), null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        String secret = service.create("tenant-a", "CI", clock.instant().plusSeconds(60), null, null)
                .secret();
        assertThat(authenticator.authenticate(secret)).isPresent();

        clock.advance(Duration.ofSeconds(60));
        assertThat(authenticator.authenticate(secret)).isEmpty();
    }

    @Test
    @DisplayName("a valid key of a suspended or cancelled tenant is told apart from an invalid key")
    void suspendedTenant() {
        tenantStatuses.put("tenant-a", TenantStatus.SUSPENDED);
        tenantStatuses.put("tenant-b", TenantStatus.CANCELLED);
        for (String tenant : List.of("tenant-a", "tenant-b")) {
            String secret = service.create(tenant, "CI", null, null, null).secret();
            KeyPrincipal principal = authenticator.authenticate(secret).orElseThrow();
            assertThat(principal.tenantGrantsAccess()).isFalse();
        }
    }

    @Test
    @DisplayName("keys of an unknown tenant cannot be created or listed")
    void unknownTenant() {
        assertThatThrownBy(() -> service.create("nope", "CI", null, null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND));
        assertThatThrownBy(() -> service.list("nope", new PageRequest(0, 20))).isInstanceOf(DomainException.class);
    }

    private ApiKeyService service() {
        AccessConfig config = new AccessConfig();
        config.keySecret = Optional.empty();
        config.rotationGrace = Duration.ofHours(24);
        config.keyCacheTtl = Duration.ofSeconds(30);
        config.tenantStatusCacheTtl = Duration.ofSeconds(5);
        ApiKeyCache cache = new ApiKeyCache();
        cache.config = config;
        cache.init();
        ApiKeyService s = new ApiKeyService();
        s.keys = keys;
        s.tenants = new TenantService() {
            @Override
            public TenantView get(String id) {
                TenantStatus status = tenantStatuses.get(id);
                if (status == null) {
                    throw new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant " + id);
                }
                return new TenantView(
                        id, id, id, id + "@x.example", status, null, "UTC", null, null, null, null, "fr", null);
            }
        };
        s.plans = new PlanService() {
            @Override
            public Optional<PlanView> find(String id) {
                return Optional.empty(); // these tenants have no plan
            }
        };
        s.audit = new fr.guichet.audit.AuditLog() {
            @Override
            public void write(String actor, String tenantId, String action, String subject, String reason) {
                audited.add(
                        actor + " " + tenantId + " " + action + " " + subject + (reason == null ? "" : " " + reason));
            }
        };
        s.hasher = new ApiKeyHasher("a-server-secret-of-at-least-32-characters");
        s.config = config;
        s.changes = new ImmediateEvent<>(cache::forget);
        s.clock = clock;
        keyCache = cache;
        return s;
    }

    private ApiKeyAuthenticator authenticator() {
        ApiKeyAuthenticator a = new ApiKeyAuthenticator();
        a.service = service;
        a.hasher = service.hasher;
        a.cache = keyCache;
        a.clock = clock;
        return a;
    }

    /** Keys in a list, counting reads by hash and recorded uses. */
    static final class MemoryKeys extends ApiKeyRepository {
        final List<ApiKey> stored = new ArrayList<>();
        int lookups;
        int uses;

        @Override
        public void add(ApiKey key) {
            stored.add(key);
        }

        @Override
        public Optional<ApiKey> findInTenant(String tenantId, String keyId) {
            return stored.stream()
                    .filter(k -> k.id().equals(keyId) && k.tenantId().equals(tenantId))
                    .findFirst();
        }

        @Override
        public Optional<ApiKey> findByHash(String hash) {
            lookups++;
            return stored.stream().filter(k -> k.hash().equals(hash)).findFirst();
        }

        @Override
        public Page<ApiKey> listInTenant(String tenantId, PageRequest page) {
            List<ApiKey> all = stored.stream()
                    .filter(k -> k.tenantId().equals(tenantId))
                    .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
                    .toList();
            return new Page<>(
                    all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(), all.size());
        }

        @Override
        public void recordUse(String keyId, Instant when) {
            uses++;
        }
    }
}
