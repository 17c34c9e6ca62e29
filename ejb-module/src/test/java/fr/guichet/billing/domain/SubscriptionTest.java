package fr.guichet.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");

    static Subscription startedOn(LocalDate day, Integer trialDays) {
        return new Subscription("t1", "p1", PARIS, day, trialDays, NOW);
    }

    @Test
    @DisplayName("periods are monthly from the start day, and keep the 31st in months that have one")
    void monthlyPeriods() {
        Subscription s = startedOn(LocalDate.of(2026, 1, 31), null);
        assertThat(s.period(0).start()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(s.period(0).end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(s.period(1).start()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(s.period(1).end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(s.period(2).end()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(s.periodOf(LocalDate.of(2026, 3, 30)).orElseThrow().index()).isEqualTo(1);
        assertThat(s.periodOf(LocalDate.of(2026, 3, 31)).orElseThrow().index()).isEqualTo(2);
    }

    @Test
    @DisplayName("a trial puts the first period after it, and nothing is due before the first period is over")
    void trialFirst() {
        Subscription s = startedOn(LocalDate.of(2026, 1, 10), 14);
        assertThat(s.status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(s.billingFrom()).isEqualTo(LocalDate.of(2026, 1, 24));
        assertThat(s.periodOf(LocalDate.of(2026, 1, 20))).isEmpty();
        assertThat(s.nextDue(LocalDate.of(2026, 2, 23))).isEmpty();
        assertThat(s.nextDue(LocalDate.of(2026, 2, 24)))
                .get()
                .extracting(BillingPeriod::start)
                .isEqualTo(LocalDate.of(2026, 1, 24));
        assertThat(s.advanceTo(LocalDate.of(2026, 1, 24), NOW)).isEmpty();
        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    @DisplayName("each period is due once: after it was invoiced the next one is due only when over")
    void dueOnce() {
        Subscription s = startedOn(LocalDate.of(2026, 1, 1), null);
        LocalDate april = LocalDate.of(2026, 4, 1);
        BillingPeriod first = s.nextDue(april).orElseThrow();
        s.invoiced(first, NOW);
        BillingPeriod second = s.nextDue(april).orElseThrow();
        assertThat(second.index()).isEqualTo(1);
        s.invoiced(second, NOW);
        s.invoiced(s.nextDue(april).orElseThrow(), NOW);
        assertThat(s.nextDue(april)).isEmpty();
        assertThatThrownBy(() -> s.invoiced(first, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a cancellation at period end keeps access until then, can be withdrawn, and then ends it")
    void cancelAtPeriodEnd() {
        Subscription s = startedOn(LocalDate.of(2026, 1, 15), null);
        s.cancelAtPeriodEnd(LocalDate.of(2026, 3, 2), NOW);
        assertThat(s.endsOn()).contains(LocalDate.of(2026, 3, 15));
        s.resume(NOW);
        assertThat(s.endsOn()).isEmpty();
        s.cancelAtPeriodEnd(LocalDate.of(2026, 3, 2), NOW);
        assertThat(s.advanceTo(LocalDate.of(2026, 3, 14), NOW)).isEmpty();
        SubscriptionChange end = s.advanceTo(LocalDate.of(2026, 3, 15), NOW).orElseThrow();
        assertThat(end.kind()).isEqualTo(SubscriptionChange.Kind.END);
        assertThat(s.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThatThrownBy(() -> s.resume(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("a cancellation at once cuts the current period short, and nothing after it is due")
    void cancelNow() {
        Subscription s = startedOn(LocalDate.of(2026, 1, 1), null);
        s.invoiced(s.nextDue(LocalDate.of(2026, 2, 1)).orElseThrow(), NOW);
        s.cancelNow(LocalDate.of(2026, 2, 11), "op", NOW);
        BillingPeriod last = s.nextDue(LocalDate.of(2026, 2, 11)).orElseThrow();
        assertThat(last.end()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(last.fullEnd()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(last.cutShort()).isTrue();
        s.invoiced(last, NOW);
        assertThat(s.nextDue(LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("a downgrade waits for the end of the period it was asked in")
    void downgradeAtPeriodEnd() {
        Subscription s = startedOn(LocalDate.of(2026, 1, 10), null);
        s.changePlanAtPeriodEnd("p0", LocalDate.of(2026, 1, 20), NOW);
        assertThat(s.pendingFrom()).contains(LocalDate.of(2026, 2, 10));
        assertThat(s.advanceTo(LocalDate.of(2026, 2, 9), NOW)).isEmpty();
        SubscriptionChange change = s.advanceTo(LocalDate.of(2026, 2, 10), NOW).orElseThrow();
        assertThat(change.planId()).isEqualTo("p0");
        assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(s.planId()).isEqualTo("p0");
        assertThat(s.pendingPlanId()).isEmpty();
    }
}
