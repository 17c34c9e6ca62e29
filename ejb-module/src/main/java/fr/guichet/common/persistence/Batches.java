package fr.guichet.common.persistence;

import io.github.bucket4j.util.concurrent.batch.BatchHelper;
import java.util.function.Supplier;

/**
 * Writes of concurrent calls combined by Bucket4j's {@link BatchHelper}, where each call keeps its own answer: a
 * batch's result for a call is either that call's value or the {@link RuntimeException} that failed it alone, so
 * that one call's failure is never reported to the others.
 */
public final class Batches {

    private Batches() {
    }

    /** Runs {@code task} in its batch; its own value, or its own failure thrown (the whole batch's, if it failed). */
    @SuppressWarnings("unchecked")
    public static <T, R> R execute(BatchHelper<T, Object, ?, ?> batcher, T task) {
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
