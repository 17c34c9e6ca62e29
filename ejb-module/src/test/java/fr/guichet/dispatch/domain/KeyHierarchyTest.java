package fr.guichet.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyHierarchyTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final KeyCipher CIPHER = new KeyCipher(new MasterKeyRing("k1", KeyCipherTest.key(1), Map.of()));

    private final ProviderKey global = ProviderKey.global("p", "sk-global-000000000000", CIPHER, NOW);
    private final ProviderKey tenantA = ProviderKey.ofTenant("p", "A", "sk-tenant-a-00000000000", CIPHER, NOW);
    private final ProviderKey tenantB = ProviderKey.ofTenant("p", "B", "sk-tenant-b-00000000000", CIPHER, NOW);
    private final ProviderKey aliceInA = ProviderKey.personal("p", "A", "alice", "sk-alice-0000000000000", CIPHER, NOW);

    @Test
    @DisplayName("personal beats tenant, which beats global, whatever the order found")
    void precedence() {
        assertThat(KeyHierarchy.choose(List.of(global, tenantA, aliceInA), "A", "alice"))
                .containsSame(aliceInA);
        assertThat(KeyHierarchy.choose(List.of(aliceInA, global, tenantA), "A", "alice"))
                .containsSame(aliceInA);
        assertThat(KeyHierarchy.choose(List.of(global, tenantA), "A", "alice")).containsSame(tenantA);
        assertThat(KeyHierarchy.choose(List.of(global), "A", "alice")).containsSame(global);
        assertThat(KeyHierarchy.choose(List.of(), "A", "alice")).isEmpty();
    }

    @Test
    @DisplayName("another tenant's or another user's key is never chosen")
    void onlyOwnKeys() {
        assertThat(KeyHierarchy.choose(List.of(tenantB, aliceInA), "A", "bob")).isEmpty();
        assertThat(KeyHierarchy.choose(List.of(tenantB, aliceInA, global), "B", "alice"))
                .containsSame(tenantB);
        assertThat(KeyHierarchy.choose(List.of(aliceInA, tenantA), "A", null)).containsSame(tenantA);
        assertThat(KeyHierarchy.choose(List.of(aliceInA, tenantA, global), null, null))
                .containsSame(global);
    }
}
