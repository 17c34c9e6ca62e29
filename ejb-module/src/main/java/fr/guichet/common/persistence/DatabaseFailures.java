package fr.guichet.common.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

/**
 * Tells a database that cannot be reached (or refuses connections for now) from a request it rejected. The
 * former is answered 503 with {@code Retry-After}: the request may well succeed in a moment.
 */
public final class DatabaseFailures {

    /** What every answer given while the database is unreachable advises as {@code Retry-After}. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseFailures() {}

    /** Whether anything in the cause chain says the database is unreachable or not accepting work now. */
    public static boolean unavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), 53 (insufficient resources),
     * 57 (operator intervention: shutdown, terminated backend), 55000 (a database not accepting connections),
     * Derby's XJ040/XJ004 (database not booted or not found).
     */
    static boolean unavailableState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08")
                || state.startsWith("53")
                || state.startsWith("57")
                || state.equals("55000")
                || state.equals("XJ040")
                || state.equals("XJ004");
    }
}
