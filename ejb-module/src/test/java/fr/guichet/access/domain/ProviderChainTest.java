package fr.guichet.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderChainTest {

    private static void assertInvalid(List<String> ids, String... fields) {
        assertThatThrownBy(() -> ProviderChain.validate(ids))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly(fields));
    }

    @Test
    @DisplayName("a chain keeps its order and strips its ids")
    void keepsOrder() {
        assertThat(ProviderChain.validate(List.of("b", " a ", "c"))).containsExactly("b", "a", "c");
    }

    @Test
    @DisplayName("an empty or absent chain is refused")
    void empty() {
        assertInvalid(List.of(), "providerIds");
        assertInvalid(null, "providerIds");
    }

    @Test
    @DisplayName("ten providers pass, eleven are refused")
    void tooLong() {
        List<String> ten = IntStream.range(0, 10).mapToObj(i -> "p" + i).toList();
        assertThat(ProviderChain.validate(ten)).hasSize(10);
        List<String> eleven = new ArrayList<>(ten);
        eleven.add("p10");
        assertInvalid(eleven, "providerIds");
    }

    @Test
    @DisplayName("a duplicate is reported at its index, even when it differs only by spaces")
    void duplicate() {
        assertInvalid(List.of("a", "b", " a"), "providerIds[2]");
    }

    @Test
    @DisplayName("blank or null ids are reported at their index")
    void blank() {
        assertInvalid(Arrays.asList("a", " ", null), "providerIds[1]", "providerIds[2]");
    }
}
