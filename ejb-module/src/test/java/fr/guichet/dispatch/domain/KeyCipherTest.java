package fr.guichet.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyCipherTest {

    private static final String AAD = "guichet/provider-key/v1|p1|GLOBAL|global";
    private static final String SECRET = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static byte[] key(int seed) {
        byte[] key = new byte[MasterKeyRing.KEY_BYTES];
        new java.util.Random(seed).nextBytes(key);
        return key;
    }

    static KeyCipher cipher(String id, byte[] key) {
        return new KeyCipher(new MasterKeyRing(id, key, Map.of()));
    }

    @Test
    @DisplayName("a sealed key opens back to the same text, and the stored form does not contain it")
    void roundTrip() {
        KeyCipher cipher = cipher("k1", key(1));
        SealedKey sealed = cipher.seal(SECRET, AAD);
        assertThat(sealed.masterKeyId()).isEqualTo("k1");
        assertThat(Base64.getDecoder().decode(sealed.iv())).hasSize(12);
        assertThat(Base64.getDecoder().decode(sealed.ciphertext())).hasSize(SECRET.length() + 16);
        assertThat(sealed.ciphertext() + sealed.iv()).doesNotContain(SECRET).doesNotContain("abcdefghij");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1))
                .doesNotContain("abcdefghij");
        assertThat(cipher.open(sealed, AAD)).isEqualTo(SECRET);
    }

    @Test
    @DisplayName("another master key under the same id cannot open the key: a clear error, not garbage")
    void wrongMasterKey() {
        SealedKey sealed = cipher("k1", key(1)).seal(SECRET, AAD);
        assertThatThrownBy(() -> cipher("k1", key(2)).open(sealed, AAD))
                .isInstanceOf(KeyCipherException.class)
                .hasMessageContaining("does not authenticate under master key 'k1'")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    @DisplayName("a key sealed under a master key id that is not configured says which id is missing")
    void unknownMasterKeyId() {
        SealedKey sealed = cipher("k0", key(1)).seal(SECRET, AAD);
        assertThatThrownBy(() -> cipher("k1", key(1)).open(sealed, AAD))
                .isInstanceOf(KeyCipherException.class)
                .hasMessageContaining("'k0'")
                .hasMessageContaining("guichet.master-keys-retired");
    }

    @Test
    @DisplayName("one altered byte of the ciphertext, or of the IV, fails authentication")
    void tamperedCiphertext() {
        KeyCipher cipher = cipher("k1", key(1));
        SealedKey sealed = cipher.seal(SECRET, AAD);
        byte[] data = Base64.getDecoder().decode(sealed.ciphertext());
        data[3] ^= 0x01;
        SealedKey flipped = new SealedKey(Base64.getEncoder().encodeToString(data), sealed.iv(), "k1");
        assertThatThrownBy(() -> cipher.open(flipped, AAD)).isInstanceOf(KeyCipherException.class);
        byte[] iv = Base64.getDecoder().decode(sealed.iv());
        iv[0] ^= 0x01;
        SealedKey otherIv =
                new SealedKey(sealed.ciphertext(), Base64.getEncoder().encodeToString(iv), "k1");
        assertThatThrownBy(() -> cipher.open(otherIv, AAD)).isInstanceOf(KeyCipherException.class);
        assertThatThrownBy(() -> cipher.open(new SealedKey("not base64!", sealed.iv(), "k1"), AAD))
                .isInstanceOf(KeyCipherException.class);
    }

    @Test
    @DisplayName("a ciphertext moved to another row (other associated data) does not open")
    void otherRow() {
        KeyCipher cipher = cipher("k1", key(1));
        SealedKey sealed = cipher.seal(SECRET, AAD);
        assertThatThrownBy(() -> cipher.open(sealed, "guichet/provider-key/v1|p1|TENANT|t1"))
                .isInstanceOf(KeyCipherException.class);
    }

    @Test
    @DisplayName("after a rotation, keys sealed under the retired master key still open; new ones use the new key")
    void retiredKeyStillOpens() {
        SealedKey old = cipher("k1", key(1)).seal(SECRET, AAD);
        KeyCipher rotated = new KeyCipher(new MasterKeyRing("k2", key(2), Map.of("k1", key(1))));
        assertThat(rotated.open(old, AAD)).isEqualTo(SECRET);
        SealedKey fresh = rotated.seal(SECRET, AAD);
        assertThat(fresh.masterKeyId()).isEqualTo("k2");
        assertThatThrownBy(() -> cipher("k1", key(1)).open(fresh, AAD)).isInstanceOf(KeyCipherException.class);
    }

    @Test
    @DisplayName("every sealing uses a fresh IV, so the same key never gives the same ciphertext twice")
    void freshIvEachTime() {
        KeyCipher cipher = new KeyCipher(new MasterKeyRing("k1", key(1), Map.of()), new SecureRandom());
        Set<String> ivs = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            SealedKey sealed = cipher.seal(SECRET, AAD);
            ivs.add(sealed.iv());
            texts.add(sealed.ciphertext());
        }
        assertThat(ivs).hasSize(200);
        assertThat(texts).hasSize(200);
    }

    @Test
    @DisplayName("a stored provider key is bound to its row: its ciphertext copied onto another owner's key fails")
    void providerKeyBoundToRow() throws Exception {
        KeyCipher cipher = cipher("k1", key(1));
        ProviderKey tenantA = ProviderKey.ofTenant("p1", "tenant-a", SECRET, cipher, NOW);
        ProviderKey tenantB = ProviderKey.ofTenant("p1", "tenant-b", "sk-other-key-0000000000", cipher, NOW);
        assertThat(tenantA.reveal(cipher)).isEqualTo(SECRET);
        assertThat(tenantA.hint()).isEqualTo("sk-pr…89");
        for (String field : new String[] {"ciphertext", "iv", "masterKeyId"}) {
            var f = ProviderKey.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(tenantB, f.get(tenantA));
        }
        assertThatThrownBy(() -> tenantB.reveal(cipher)).isInstanceOf(KeyCipherException.class);
    }

    @Test
    @DisplayName("re-sealing moves a key from a retired master key to the current one, and only then")
    void resealStale() {
        ProviderKey key = ProviderKey.global("p1", SECRET, cipher("k1", key(1)), NOW);
        KeyCipher rotated = new KeyCipher(new MasterKeyRing("k2", key(2), Map.of("k1", key(1))));
        assertThat(key.resealIfStale(rotated, NOW)).isTrue();
        assertThat(key.masterKeyId()).isEqualTo("k2");
        assertThat(key.resealIfStale(rotated, NOW)).isFalse();
        assertThat(key.reveal(cipher("k2", key(2)))).isEqualTo(SECRET);
    }
}
