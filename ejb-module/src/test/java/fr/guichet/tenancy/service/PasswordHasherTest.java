package fr.guichet.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    @DisplayName("the decoy hash has a real hash's shape: algorithm, configured iterations, 32-byte salt, 64-byte key")
    void decoyHasTheShapeOfARealHash() {
        String decoy = PasswordHasher.decoyHash(210_000, new SecureRandom());

        String[] parts = decoy.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
        assertThat(parts[1]).isEqualTo("210000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
    }

    @Test
    @DisplayName("every decoy is new: its salt and key are random")
    void decoysDiffer() {
        SecureRandom random = new SecureRandom();
        assertThat(PasswordHasher.decoyHash(1000, random)).isNotEqualTo(PasswordHasher.decoyHash(1000, random));
    }
}
