package fr.guichet.billing.service;

import fr.guichet.billing.domain.BillingRun;
import fr.guichet.billing.repository.BillingSettingsRepository;
import fr.guichet.common.persistence.RowExists;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Claims and closes the run of a month, each in a transaction of its own (see {@link BillingRun}). */
@Stateless
public class BillingRunClaims {

    /** A run claimed this long ago and not finished stopped half-way (its server died): it is taken up again. */
    static final Duration STALE = Duration.ofHours(2);

    @Inject
    BillingSettingsRepository settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String month) {
        Instant now = clock.instant();
        Optional<BillingRun> existing = settings.run(month);
        if (existing.isPresent()) {
            BillingRun run = existing.get();
            if (run.finished() || run.startedAt().isAfter(now.minus(STALE))) {
                return false;
            }
            run.restart(now);
            return true;
        }
        try {
            settings.claim(new BillingRun(month, now));
            return true;
        } catch (RowExists claimedByAnother) {
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String month, int invoices, int failures) {
        settings.run(month).ifPresent(run -> run.finish(invoices, failures, clock.instant()));
    }
}
