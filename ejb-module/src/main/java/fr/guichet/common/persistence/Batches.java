package fr.guichet.common.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.common.cache.Caches;
import io.github.bucket4j.util.concurrent.batch.BatchHelper;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes of concurrent calls combined by Bucket4j's {@link BatchHelper}, one batcher per key (a quota row…): while
 * one statement of a key runs, the calls of that key that arrive wait, and the first of them then writes them all.
 * Each call keeps its own answer: a batch's result for a call is either that call's value or the
 * {@link RuntimeException} that failed it alone ({@link #outcome}), so that one call's failure is never reported to
 * the others.
 *
 * @param <T> what one call writes
 */
public final class Batches<T> {

    private final Function<List<T>, List<Object>> all;
    private final Function<T, Object> one;
    private final Cache<String, BatchHelper<T, Object, List<T>, List<Object>>> batchers =
            Caches.bounded(10_000).build();

    /**
     * @param all writes a batch; one answer or failure per call, in the batch's order
     * @param one writes a call that arrived alone
     */
    public Batches(Function<List<T>, List<Object>> all, Function<T, Object> one) {
        this.all = all;
        this.one = one;
    }

    /**
     * Writes {@code task} in the batch of {@code key}: its own value, or its own failure thrown (the batch's, if the
     * batch failed as a whole).
     */
    @SuppressWarnings("unchecked")
    public <R> R execute(String key, T task) {
        BatchHelper<T, Object, List<T>, List<Object>> batcher =
                batchers.get(key, k -> BatchHelper.create(batch -> batch, all, one, (batch, results) -> results));
        Object result;
        try {
            result = batcher.execute(task);
        } catch (BatchHelper.BatchFailedException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        if (result instanceof RuntimeException failure) {
            throw failure;
        }
        return (R) result;
    }

    /** One call's answer within a batch: its value, or the exception that failed it. */
    public static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
