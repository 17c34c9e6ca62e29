package fr.guichet.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MasterKeyRingTest {

    private static String b64(int seed) {
        return Base64.getEncoder().encodeToString(KeyCipherTest.key(seed));
    }

    @Test
    @DisplayName("the current key and the retired keys parse from configuration text")
    void parses() {
        MasterKeyRing ring = MasterKeyRing.parse("k3", b64(3), " k1:" + b64(1) + ", k2:" + b64(2));
        assertThat(ring.currentId()).isEqualTo("k3");
        assertThat(ring.find("k1")).isPresent();
        assertThat(ring.find("k2")).isPresent();
        assertThat(ring.find("k4")).isEmpty();
        assertThat(ring.toString()).contains("k1", "k2", "k3").doesNotContain(b64(3));
    }

    @Test
    @DisplayName("a key that is not the base64 of 32 bytes is refused with a message that never shows it")
    void badKeys() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKeyRing.parse("k1", short16, null))
                .hasMessageContaining("guichet.master-key")
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(short16);
        assertThatThrownBy(() -> MasterKeyRing.parse("k1", "%%%not-base64%%%", null))
                .hasMessageContaining("not valid base64")
                .hasMessageNotContaining("%%%");
        assertThatThrownBy(() -> MasterKeyRing.parse("k1", b64(1), "k0=" + b64(2)))
                .hasMessageContaining("id:base64");
        assertThatThrownBy(() -> MasterKeyRing.parse("k1", b64(1), "k1:" + b64(2)))
                .hasMessageContaining("repeats the key id 'k1'");
        assertThatThrownBy(() -> MasterKeyRing.parse("bad id", b64(1), null))
                .hasMessageContaining("guichet.master-key-id");
    }
}
