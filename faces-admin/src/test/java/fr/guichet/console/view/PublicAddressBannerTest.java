package fr.guichet.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressBannerTest {

    @Test
    void localAddressesAreThoseNoClientCanOpen() {
        assertThat(PublicAddressBanner.isLocal("http://localhost:9080")).isTrue();
        assertThat(PublicAddressBanner.isLocal("http://127.0.0.1:9080/activate/"))
                .isTrue();
        assertThat(PublicAddressBanner.isLocal("http://[::1]:9080")).isTrue();
        assertThat(PublicAddressBanner.isLocal("not a url")).isTrue();
        assertThat(PublicAddressBanner.isLocal("https://guichet.example.fr")).isFalse();
        assertThat(PublicAddressBanner.isLocal("https://ia.acme.fr/activate/")).isFalse();
    }
}
