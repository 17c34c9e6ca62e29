package fr.guichet.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllowedModelsTest {

    @Test
    @DisplayName("null or empty allows every model and is stored as null")
    void all() {
        assertThat(AllowedModels.of(null, "allowedModels").allowsAll()).isTrue();
        assertThat(AllowedModels.of(List.of(), "allowedModels").toColumn()).isNull();
        assertThat(AllowedModels.fromColumn(null).permits("anything")).isTrue();
    }

    @Test
    @DisplayName("ids are trimmed, de-duplicated in order, stored comma-separated and read back the same")
    void roundTrip() {
        AllowedModels models = AllowedModels.of(
                List.of(" gpt-4o-mini", "mistral/mistral-large-latest", "llama3.1:8b", "gpt-4o-mini"), "allowedModels");

        assertThat(models.ids()).containsExactly("gpt-4o-mini", "mistral/mistral-large-latest", "llama3.1:8b");
        assertThat(models.toColumn()).isEqualTo("gpt-4o-mini,mistral/mistral-large-latest,llama3.1:8b");
        assertThat(AllowedModels.fromColumn(models.toColumn())).isEqualTo(models);
        assertThat(models.permits("llama3.1:8b")).isTrue();
        assertThat(models.permits("gpt-4o")).isFalse();
    }

    @Test
    @DisplayName("a blank, null, comma-holding or too long id is a violation on its index")
    void badIds() {
        List<String> ids = Arrays.asList("ok", " ", null, "a,b", "x".repeat(101), "-leading");

        assertThatThrownBy(() -> AllowedModels.of(ids, "allowedModels"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e)
                        .violations().stream().map(Violation::field).toList())
                .isEqualTo(List.of(
                        "allowedModels[1]",
                        "allowedModels[2]",
                        "allowedModels[3]",
                        "allowedModels[4]",
                        "allowedModels[5]"));
    }

    @Test
    @DisplayName("more than 50 ids, or more than 1000 characters in all, is refused")
    void tooMany() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("model-" + i);
        }
        assertThatThrownBy(() -> AllowedModels.of(many, "allowedModels")).isInstanceOf(DomainException.class);
        List<String> long20 = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long20.add(i + "x".repeat(60));
        }
        assertThatThrownBy(() -> AllowedModels.of(long20, "allowedModels")).isInstanceOf(DomainException.class);
        assertThat(AllowedModels.of(Collections.nCopies(50, "m"), "allowedModels")
                        .ids())
                .containsExactly("m");
    }
}
