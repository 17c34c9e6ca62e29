package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.DomainException;
import java.util.Locale;

/** What a user may do: operators run Guichet; tenant admins manage their tenant; members use it. */
public enum Role {
    OPERATOR,
    TENANT_ADMIN,
    MEMBER;

    public boolean isTenantRole() {
        return this != OPERATOR;
    }

    /** Parses a tenant role (TENANT_ADMIN or MEMBER); anything else is a validation error on {@code field}. */
    public static Role parseTenantRole(String value, String field) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            if (TENANT_ADMIN.name().equals(name) || MEMBER.name().equals(name)) {
                return valueOf(name);
            }
        }
        throw DomainException.invalid(field, "must be one of TENANT_ADMIN, MEMBER");
    }
}
