package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a tenant stands with the operator. A tenant starts in {@link #TRIAL}; it can move between the other
 * states freely (an operator may reactivate a cancelled tenant), but never back into the trial.
 */
public enum TenantStatus {
    TRIAL,
    ACTIVE,
    PAST_DUE,
    SUSPENDED,
    CANCELLED;

    public boolean canMoveTo(TenantStatus target) {
        return target != this && target != TRIAL;
    }

    /** Whether the tenant's users and keys may use the service. */
    public boolean grantsAccess() {
        return this == TRIAL || this == ACTIVE || this == PAST_DUE;
    }

    /** The lower-case name used on the wire, e.g. {@code past_due}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name case-insensitively; an unknown value is a validation error on {@code field}. */
    public static TenantStatus parse(String value, String field) {
        if (value != null) {
            for (TenantStatus status : values()) {
                if (status.name().equalsIgnoreCase(value.strip())) {
                    return status;
                }
            }
        }
        throw DomainException.invalid(field, "must be one of " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(TenantStatus::wireName).collect(Collectors.joining(", "));
    }
}
