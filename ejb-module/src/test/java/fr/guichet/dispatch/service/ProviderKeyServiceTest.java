package fr.guichet.dispatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.domain.KeyCipher;
import fr.guichet.dispatch.domain.KeyScope;
import fr.guichet.dispatch.domain.MasterKeyRing;
import fr.guichet.dispatch.domain.Provider;
import fr.guichet.dispatch.domain.ProviderKey;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.repository.ProviderKeyRepository;
import fr.guichet.dispatch.repository.ProviderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Key resolution for a call, over in-memory stand-ins of the repositories (no container, no database). */
class ProviderKeyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final Map<String, Provider> providerRows = new HashMap<>();
    private final List<ProviderKey> keyRows = new ArrayList<>();
    private final KeyCipher cipher = cipher("k1", 1);
    private final ProviderKeyService service = service(cipher);

    private final Provider openai = provider(ProviderKind.OPENAI_COMPATIBLE, "OpenAI");
    private final Provider ollama = provider(ProviderKind.OLLAMA, "Ollama");

    private static KeyCipher cipher(String id, int seed) {
        byte[] key = new byte[MasterKeyRing.KEY_BYTES];
        new java.util.Random(seed).nextBytes(key);
        return new KeyCipher(new MasterKeyRing(id, key, Map.of()));
    }

    private Provider provider(ProviderKind kind, String name) {
        Provider p = new Provider(kind, name, "http://localhost:1", List.of(), true, NOW);
        providerRows.put(p.id(), p);
        return p;
    }

    private ProviderKeyService service(KeyCipher with) {
        ProviderKeyService s = new ProviderKeyService();
        s.providers = new ProviderRepository() {
            @Override
            public Optional<Provider> find(String id) {
                return Optional.ofNullable(providerRows.get(id));
            }
        };
        s.keys = new ProviderKeyRepository() {
            @Override
            public List<ProviderKey> candidates(String providerId, String tenantId, String userId) {
                return keyRows.stream()
                        .filter(k -> k.providerId().equals(providerId))
                        .toList();
            }
        };
        s.cipher = with;
        s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return s;
    }

    @Test
    @DisplayName("resolution gives the caller's personal key, else the tenant's, else the global one, in plaintext")
    void hierarchy() {
        keyRows.add(ProviderKey.global(openai.id(), "sk-global-0123456789", cipher, NOW));
        assertThat(service.resolve(openai.id(), "A", "alice"))
                .isEqualTo(new ResolvedKey("sk-global-0123456789", KeyScope.GLOBAL));
        keyRows.add(ProviderKey.ofTenant(openai.id(), "A", "sk-tenant-0123456789", cipher, NOW));
        keyRows.add(ProviderKey.personal(openai.id(), "A", "bob", "sk-bob-0123456789xx", cipher, NOW));
        assertThat(service.resolve(openai.id(), "A", "alice").scope()).isEqualTo(KeyScope.TENANT);
        assertThat(service.resolve(openai.id(), "B", "carol").scope()).isEqualTo(KeyScope.GLOBAL);
        ResolvedKey bob = service.resolve(openai.id(), "A", "bob");
        assertThat(bob.plaintextKey()).isEqualTo("sk-bob-0123456789xx");
        assertThat(bob.toString()).doesNotContain("0123456789").contains("PERSONAL");
    }

    @Test
    @DisplayName("no applicable key is NO_PROVIDER_KEY, except for Ollama, which needs none")
    void noKey() {
        keyRows.add(ProviderKey.ofTenant(openai.id(), "A", "sk-tenant-0123456789", cipher, NOW));
        assertThatThrownBy(() -> service.resolve(openai.id(), "B", "carol"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NO_PROVIDER_KEY);
                    assertThat(e.code().kind()).isEqualTo(ErrorCode.Kind.CONFLICT);
                });
        assertThat(service.resolve(ollama.id(), "B", "carol")).isEqualTo(ResolvedKey.NONE);
        assertThatThrownBy(() -> service.resolve("no-such-provider", "A", null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_NOT_FOUND));
    }

    @Test
    @DisplayName("a key the configured master keys cannot open is PROVIDER_KEY_UNREADABLE, never another key")
    void unreadable() {
        keyRows.add(ProviderKey.global(openai.id(), "sk-global-0123456789", cipher, NOW));
        keyRows.add(ProviderKey.ofTenant(openai.id(), "A", "sk-tenant-0123456789", cipher("k1", 2), NOW));
        assertThatThrownBy(() -> service.resolve(openai.id(), "A", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_KEY_UNREADABLE);
                    assertThat(e.getMessage()).doesNotContain("0123456789");
                });
    }
}
