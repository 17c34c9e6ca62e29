package fr.guichet.billing.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Billing's clock, every hour: applies what the day brings to subscriptions (trials over, downgrades and
 * cancellations at period end), starts the month's invoice run when it is due, then a round of dunning
 * ({@link DunningRounds}). Persistent: one server of the cluster fires it, a firing missed while every server was down runs when one is back, and the run's claim makes
 * it once per month whatever fires.
 */
@Stateless
public class BillingTimer {

    private static final System.Logger LOG = System.getLogger(BillingTimer.class.getName());

    @Inject
    SubscriptionAdvance advance;

    @Inject
    MonthlyRun run;

    @Inject
    DunningRounds dunning;

    @Schedule(hour = "*", minute = "7", second = "0", persistent = true, info = "guichet-billing")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        tick();
    }

    /** One tick: returns how many subscriptions changed. */
    public int tick() {
        int changed = 0;
        for (String id : advance.candidates()) {
            try {
                if (advance.advance(id)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not advance subscription " + id + ": " + e);
            }
        }
        try {
            run.runIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The monthly billing run failed: " + e);
        }
        dunning.run();
        return changed;
    }
}
