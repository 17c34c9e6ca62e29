package fr.guichet.privacy.service;

import fr.guichet.privacy.repository.ErasureRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * Privacy's clock, every night: deletes the usage details past each tenant's retention ({@link RetentionRun}), runs
 * the erasures that are due, each in a transaction of its own (one that fails
 * does not stop the others, and is tried again the next night). Persistent: one server of the cluster fires it, a
 * night missed while every server was down runs when one is back; an erasure's row lock and its done mark make each
 * erasure run once whatever fires.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrivacyTimer {

    private static final System.Logger LOG = System.getLogger(PrivacyTimer.class.getName());

    /** The most erasures a round runs; the next round runs the rest. */
    static final int PER_ROUND = 200;

    @Inject
    ErasureRepository erasures;

    @Inject
    ErasureRun run;

    @Inject
    Clock clock;

    @Inject
    ExportBuilder exportBuilder;

    @Inject
    DataExports exports;

    @Inject
    RetentionRun retention;

    @Schedule(hour = "3", minute = "17", second = "0", persistent = true, info = "guichet-privacy")
    void nightly() {
        round();
    }

    /** Every ten minutes: exports left waiting (a server stopped while building) are built, expired ones emptied. */
    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = true, info = "guichet-privacy-exports")
    void exports() {
        try {
            exportBuilder.catchUp();
            exports.expire();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The exports' round failed: " + e);
        }
    }

    /** One round: the erasures due (returns how many were done), and the exports whose link ran out emptied. */
    public int round() {
        try {
            exports.expire();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not expire the exports: " + e);
        }
        int done = 0;
        for (String id : erasures.dueIds(clock.instant(), PER_ROUND)) {
            try {
                if (run.run(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not run erasure " + id + ": " + e);
            }
        }
        try {
            retention.round();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention round failed: " + e);
        }
        return done;
    }
}
