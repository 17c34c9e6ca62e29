package fr.guichet.privacy.domain;

import java.util.Locale;

/** Where a data export is: waiting, being built, ready to download, failed, or expired (its ZIP deleted). */
public enum ExportStatus {
    PENDING,
    RUNNING,
    READY,
    FAILED,
    EXPIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
