package fr.guichet.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.notify.domain.MailKind;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DunningScheduleTest {

    @Test
    @DisplayName("the default schedule: notice at once, reminders on days 3 and 7, suspension on day 14, cancel on 30")
    void defaults() {
        DunningSchedule schedule = DunningSchedule.parse(DunningSchedule.DEFAULT);
        LocalDate start = LocalDate.of(2026, 12, 1);
        assertThat(schedule.entries())
                .extracting(DunningSchedule.Entry::step)
                .containsExactly(
                        DunningStep.NOTICE,
                        DunningStep.REMINDER,
                        DunningStep.LAST_CHANCE,
                        DunningStep.SUSPEND,
                        DunningStep.CANCEL);
        assertThat(schedule.dayOf(DunningStep.REMINDER, start)).isEqualTo("2026-12-04");
        assertThat(schedule.dayOf(DunningStep.SUSPEND, start)).isEqualTo("2026-12-15");
        assertThat(schedule.dayOf(DunningStep.CANCEL, start)).isEqualTo("2026-12-31");
    }

    @Test
    @DisplayName("each step says its mail, whether /v1 is blocked and whether plan changes are")
    void whatStepsDo() {
        assertThat(DunningStep.NOTICE.mail()).isEqualTo(MailKind.PAYMENT_FAILED);
        assertThat(DunningStep.LAST_CHANCE.blocksApi()).isFalse();
        assertThat(DunningStep.LAST_CHANCE.blocksPlanChanges()).isFalse();
        assertThat(DunningStep.SUSPEND.mail()).isEqualTo(MailKind.ACCOUNT_SUSPENDED);
        assertThat(DunningStep.SUSPEND.blocksApi()).isTrue();
        assertThat(DunningStep.SUSPEND.blocksPlanChanges()).isTrue();
        assertThat(DunningStep.CANCEL.mail()).isNull();
    }

    @Test
    @DisplayName("a schedule out of order or with an unknown step is refused in words")
    void refused() {
        assertThatThrownBy(() -> DunningSchedule.parse("P7D:reminder,P3D:notice"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("in order");
        assertThatThrownBy(() -> DunningSchedule.parse("P3D:shout"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("P3D:shout");
    }
}
