package fr.guichet.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.metering.domain.TokenCount;
import fr.guichet.metering.repository.UsageRollupQueries;
import fr.guichet.metering.service.MeteredCall;
import fr.guichet.metering.service.UsageMeter;
import fr.guichet.metering.service.UsageRetention;
import fr.guichet.notify.repository.OutboxRepository;
import fr.guichet.privacy.service.Erasures;
import fr.guichet.privacy.service.PrivacyTimer;
import fr.guichet.tenancy.service.NewTenant;
import fr.guichet.tenancy.service.TenantService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Retention inside the server with a moved clock: the night deletes a client's usage details once they are older
 * than its retention, and its mails too, and nothing else — not another client's that keeps them longer, not the recent ones, not the
 * rollups' numbers — and a second night deletes nothing more.
 */
@InContainer
class RetentionArqIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return GuichetDeployment.withTestsOf(RetentionArqIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    Erasures erasures;

    @Inject
    UsageMeter meter;

    @Inject
    UsageRetention retention;

    @Inject
    UsageRollupQueries rollups;

    @Inject
    PrivacyTimer privacy;

    @Inject
    OutboxRepository outbox;

    @Inject
    ClockProducer clocks;

    @AfterEach
    void resetClock() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("after 100 days, the 30-day client's old calls are gone and its recent ones kept, the 365-day"
            + " client's all kept, the rollups unchanged; a second night deletes nothing")
    void deletesWhatIsPastItsAge() {
        String brief = tenant("brief");
        String long_ = tenant("long");
        erasures.changeRetention(brief, 30, "system");
        erasures.changeRetention(long_, 365, "system");
        Instant start = clocks.shift(Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            meter(brief, "old-" + i);
            meter(long_, "old-" + i);
        }
        long briefServedBefore = served(brief, start);
        assertThat(mails(brief)).as("its welcome mail").isEqualTo(1);

        Instant later = clocks.shift(Duration.ofDays(100));
        meter(brief, "new");
        meter(long_, "new");
        Instant recent = later.minus(Duration.ofDays(1));
        assertThat(retention.countBefore(brief, recent)).isEqualTo(3);

        privacy.round();

        assertThat(retention.countBefore(brief, recent))
                .as("past 30 days: deleted")
                .isZero();
        assertThat(retention.countBefore(brief, later.plusSeconds(1)))
                .as("today's kept")
                .isEqualTo(1);
        assertThat(retention.countBefore(long_, recent))
                .as("within 365 days: kept")
                .isEqualTo(3);
        assertThat(served(brief, start)).as("the rollups keep the numbers").isEqualTo(briefServedBefore + 1);
        assertThat(mails(brief))
                .as("the 30-day client's welcome mail, 100 days old: deleted")
                .isZero();
        assertThat(mails(long_)).as("the 365-day client's: kept").isEqualTo(1);

        privacy.round();
        assertThat(retention.countBefore(long_, later.plusSeconds(1))).isEqualTo(4);
        assertThat(retention.countBefore(brief, later.plusSeconds(1))).isEqualTo(1);
    }

    private void meter(String tenant, String mark) {
        MeteredCall call = new MeteredCall(
                "arq-ret-" + tenant + "-" + mark,
                tenant,
                "key-ret",
                Optional.empty(),
                Optional.empty(),
                System.nanoTime());
        meter.served(call, "provider-a", "gpt-4o-mini", new TokenCount(10, 5, false), true, false);
    }

    private long mails(String tenant) {
        return outbox.search(null, null, tenant, new PageRequest(0, 10)).total();
    }

    /** Calls served from the day of {@code from} to a year after, from the daily rollups. */
    private long served(String tenant, Instant from) {
        LocalDate first = LocalDate.ofInstant(from, ZoneId.of("Europe/Paris")).minusDays(1);
        return rollups.tenantRows(tenant, first, first.plusDays(366)).stream()
                .mapToLong(r -> r.sums().served())
                .sum();
    }

    private String tenant(String prefix) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        return tenants.create(new NewTenant(
                        "Ret " + prefix + " " + mark,
                        "arq-ret-" + prefix + "-" + mark,
                        prefix + "-" + mark + "@ret.example",
                        null,
                        null,
                        "Ret Admin"))
                .tenant()
                .id();
    }
}
