package fr.guichet.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordLinksTest {

    @Test
    @DisplayName("only a SHA-256 of the token is kept: 64 hex characters, the same for the same token")
    void tokenHash() {
        assertThat(PasswordLinks.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(PasswordLinks.hash("abd")).isNotEqualTo(PasswordLinks.hash("abc"));
    }
}
