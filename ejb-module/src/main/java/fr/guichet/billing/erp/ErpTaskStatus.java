package fr.guichet.billing.erp;

import java.util.Locale;

/**
 * Where a task stands: waiting to be sent (perhaps after failures that will be retried), done, or stopped by an
 * answer that retrying would not change (bad data, missing rights) until an operator retries it.
 */
public enum ErpTaskStatus {
    PENDING,
    DONE,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
