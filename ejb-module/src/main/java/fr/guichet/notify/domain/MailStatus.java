package fr.guichet.notify.domain;

import java.util.Locale;

/**
 * Where a mail stands: waiting to be sent (also while no SMTP server is configured, or between retries), sent, or
 * given up after its last attempt (an operator may send it again).
 */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
