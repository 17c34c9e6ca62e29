package fr.guichet.common.concurrent;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes a worker on an executor, many wake-ups at once making one run (and one more if some came while it ran):
 * what a worker's timer would do anyway, only sooner. A run that fails, or an executor that refuses, is left to the
 * timer.
 */
public final class Wakeup {

    private static final System.Logger LOG = System.getLogger(Wakeup.class.getName());

    private final String name;
    private final Runnable work;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** {@code name} says in the log what was not woken ("Mail worker"). */
    public Wakeup(String name, Runnable work) {
        this.name = name;
        this.work = work;
    }

    public void kick(Executor executor) {
        if (!busy.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            busy.set(false);
            LOG.log(Level.WARNING, name + " not woken (the timer runs it): " + e);
        }
    }

    private void drain() {
        try {
            do {
                again.set(false);
                work.run();
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed (the timer retries): " + e);
        } finally {
            busy.set(false);
        }
    }
}
