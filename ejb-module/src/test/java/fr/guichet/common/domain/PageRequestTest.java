package fr.guichet.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    @DisplayName("pages are zero-based and sized 1 to 100")
    void bounds() {
        assertThat(new PageRequest(2, 20).offset()).isEqualTo(40);
        assertThatThrownBy(() -> new PageRequest(-1, 20))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PageRequest(0, 101))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("size");
    }

    @Test
    @DisplayName("a page far beyond the end is refused rather than overflowing")
    void overflow() {
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, 100))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("page");
    }
}
