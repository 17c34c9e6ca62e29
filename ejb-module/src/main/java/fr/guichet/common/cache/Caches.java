package fr.guichet.common.cache;

import com.github.benmanes.caffeine.cache.Caffeine;

/** How Guichet's in-memory caches are built. */
public final class Caches {

    private Caches() {}

    /**
     * A Caffeine builder bounded to {@code maximumSize} entries whose upkeep (evictions, expiry) runs on the
     * threads that use the cache, a little at a time, instead of being handed to the JDK's common fork-join pool:
     * no thread hop per request on the chat path, and no work on threads the container does not manage.
     */
    public static Caffeine<Object, Object> bounded(long maximumSize) {
        return Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run);
    }
}
