package fr.guichet.common.persistence;

/**
 * Locks that serialize, in this server, the writers of one row named by a key (a key's use from an address, a
 * tenant's counters of a month): on embedded Derby, which has one server, they are all the writers, so the
 * first-time inserts of a row never race into a duplicate key or a lock cycle. On PostgreSQL each insert also
 * ignores a row that another server wrote first. A fixed set of monitors: two keys may share one, never a
 * correctness issue, only a short wait.
 */
public final class Stripes {

    private final Object[] locks;

    public Stripes(int count) {
        locks = new Object[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new Object();
        }
    }

    /** The monitor of the key. */
    public Object of(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }
}
