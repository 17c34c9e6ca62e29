package fr.guichet.billing.service;

import fr.guichet.billing.repository.DunningRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;

/**
 * One round of dunning, on billing's hourly timer: invoices fallen overdue start theirs, then every running one does
 * the steps that are due, each dunning in a transaction of its own (one that fails does not stop the others).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DunningRounds {

    private static final System.Logger LOG = System.getLogger(DunningRounds.class.getName());

    /** The most overdue invoices a round starts; the next round starts the rest. */
    static final int START_PER_ROUND = 1000;

    @Inject
    DunningService dunning;

    @Inject
    DunningRepository dunnings;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    /** What a round did: dunnings started, steps done (a round run twice at once does each step once). */
    public record Round(int started, int steps) {}

    public Round run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
        int started = 0;
        int steps = 0;
        for (String invoiceId : dunnings.overdueWithoutDunning(today, START_PER_ROUND)) {
            try {
                dunning.startOverdue(invoiceId);
                started++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not start the dunning of invoice " + invoiceId + ": " + e);
            }
        }
        for (String id : dunnings.activeIds()) {
            try {
                steps += dunning.advance(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not advance dunning " + id + ": " + e);
            }
        }
        return new Round(started, steps);
    }
}
