package fr.guichet.common.persistence;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * An insert lost a race: the row it wrote was written by another call first (a unique or primary key, SQL state
 * {@code 23505} on PostgreSQL and Derby alike). The bean's transaction is rolled back, and the caller, which
 * expected the race, reads the row that won. An application exception, so the EJB container neither logs it as
 * unexpected nor wraps it.
 */
@ApplicationException(rollback = true)
public class RowExists extends RuntimeException {

    private static final String UNIQUE_VIOLATION = "23505";

    public RowExists(String what) {
        super(what + " exists already", null, false, false);
    }

    /**
     * Runs an insert (a statement, or a persist and flush), turning a duplicate key into {@link RowExists};
     * {@code what} names the row for the message.
     */
    public static void insert(String what, Runnable insert) {
        try {
            insert.run();
        } catch (PersistenceException e) {
            throw causedBy(e) ? new RowExists(what) : e;
        }
    }

    /** Whether the failure of a statement is a duplicate key, anywhere in its causes. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
