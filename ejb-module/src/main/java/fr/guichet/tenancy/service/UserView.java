package fr.guichet.tenancy.service;

import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.domain.UserAccount;
import java.time.Instant;

/** A read model of a user (never the password hash). {@code tenantId} is null for operators. */
public record UserView(
        String id,
        String tenantId,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        Instant lastLoginAt,
        Instant createdAt) {

    public static UserView of(UserAccount u) {
        return new UserView(
                u.id(),
                u.tenantId(),
                u.email(),
                u.displayName(),
                u.role(),
                u.enabled(),
                u.lastLoginAt(),
                u.createdAt());
    }
}
