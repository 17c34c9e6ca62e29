package fr.guichet.limits.domain;

import fr.guichet.common.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an alert is about. */
public enum AlertKind {
    QUOTA_80,
    QUOTA_100,
    KEY_SUSPENDED,
    LICENSE_EXPIRING,
    LICENSE_ENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name case-insensitively; an unknown value is a validation error on {@code field}. */
    public static AlertKind parse(String value, String field) {
        for (AlertKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        throw DomainException.invalid(
                field,
                "must be one of "
                        + Arrays.stream(values()).map(AlertKind::wireName).collect(Collectors.joining(", ")));
    }

    public static AlertKind ofPercent(int percent) {
        return percent >= 100 ? QUOTA_100 : QUOTA_80;
    }
}
