package fr.guichet.metering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Validation;
import fr.guichet.common.domain.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsagePeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    @Test
    @DisplayName("nothing typed: this month up to today")
    void defaults() {
        Validation v = new Validation();
        assertThat(UsagePeriod.parse(null, " ", TODAY, v))
                .isEqualTo(new UsagePeriod(LocalDate.parse("2026-12-01"), TODAY));
        assertThat(v.isValid()).isTrue();
    }

    @Test
    @DisplayName("366 days is the longest period; days that are not days, and a period ending first, are said")
    void rules() {
        Validation ok = new Validation();
        assertThat(UsagePeriod.parse("2025-01-01", "2026-01-01", TODAY, ok)).isNotNull();
        assertThat(ok.isValid()).isTrue();

        Validation tooLong = new Validation();
        assertThat(UsagePeriod.parse("2025-01-01", "2026-01-02", TODAY, tooLong))
                .isNull();
        assertThat(tooLong.isValid()).isFalse();

        Validation backwards = new Validation();
        assertThat(UsagePeriod.parse("2026-11-10", "2026-11-01", TODAY, backwards))
                .isNull();
        assertThat(backwards.isValid()).isFalse();

        Validation bad = new Validation();
        assertThat(UsagePeriod.parse("2026-13-01", "yesterday", TODAY, bad)).isNull();
        assertThatThrownBy(bad::throwIfInvalid)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("from", "to"));
    }
}
