package fr.guichet.limits.domain;

import java.util.Locale;

/** What an alert is about. */
public enum AlertKind {
    QUOTA_80, QUOTA_100, KEY_SUSPENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertKind ofPercent(int percent) {
        return percent >= 100 ? QUOTA_100 : QUOTA_80;
    }
}
