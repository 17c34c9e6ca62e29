package fr.guichet.common.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleWordsTest {

    @Test
    @DisplayName("the services' rules in French, with their figures; English and unknown rules unchanged")
    void french() {
        assertThat(RuleWords.in(Locale.FRENCH, "must not be blank")).isEqualTo("ne doit pas être vide");
        assertThat(RuleWords.in(Locale.FRENCH, "must be at most 120 characters"))
                .isEqualTo("doit faire au plus 120 caractères");
        assertThat(RuleWords.in(Locale.FRENCH, "must be between 1 and 1000000000 (absent: unlimited)"))
                .isEqualTo("doit être compris entre 1 et 1000000000 (vide : illimité)");
        assertThat(RuleWords.in(Locale.FRENCH, "must be one of 30, 90, 180 or 365 days"))
                .isEqualTo("doit valoir 30, 90, 180 ou 365 jours");
        assertThat(RuleWords.in(Locale.FRENCH, "must be one of active, trial"))
                .isEqualTo("doit être l’une de ces valeurs : active, trial");
        assertThat(RuleWords.in(
                        Locale.FRENCH,
                        "must be lower-case letters, digits and hyphens, starting and ending with a letter or digit"))
                .startsWith("ne doit contenir que des minuscules");
        assertThat(RuleWords.in(Locale.FRENCH, "must be at most 1000000")).isEqualTo("doit valoir au plus 1000000");
        assertThat(RuleWords.in(Locale.FRENCH, "must rhyme")).isEqualTo("must rhyme");
        assertThat(RuleWords.in(Locale.ENGLISH, "must not be blank")).isEqualTo("must not be blank");
    }
}
