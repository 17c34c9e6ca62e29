package fr.guichet.tenancy.service;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.PortalTokenRepository;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;

/**
 * A tenant's users, as its admins manage them. Every method takes the caller's tenant id and never reaches
 * outside it: a user of another tenant is simply not found.
 */
@Stateless
public class UserService {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    @Inject
    UserRepository users;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    PortalTokenRepository portalTokens;

    @Inject
    Clock clock;

    public NewUser invite(String tenantId, String email, String displayName, String role) {
        Tenant tenant = tenants.find(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        Role wanted = role == null ? Role.MEMBER : Role.parseTenantRole(role, "role");
        new Validation().email(email, "email").throwIfInvalid();
        if (users.findByEmail(tenantId, Validation.normalizeEmail(email)).isPresent()) {
            throw emailTaken(email);
        }
        UserAccount user = UserAccount.tenantUser(
                tenant, email, displayName, wanted, passwords.hash(passwords.generate()), clock.instant());
        try {
            users.add(user);
            users.flush();
        } catch (PersistenceException e) {
            throw emailTaken(email);
        }
        return new NewUser(UserView.of(user), passwordLinks.welcome(tenant, user));
    }

    public Page<UserView> list(String tenantId, PageRequest page) {
        return users.listInTenant(tenantId, page).map(UserView::of);
    }

    public UserView get(String tenantId, String userId) {
        return UserView.of(require(tenantId, userId));
    }

    /** Changes a user; a tenant always keeps at least one enabled admin. */
    public UserView update(String tenantId, String userId, UserChanges changes) {
        UserAccount user = require(tenantId, userId);
        Instant now = clock.instant();
        Role newRole = changes.role() == null ? null : Role.parseTenantRole(changes.role(), "role");
        if (changes.displayName() != null) {
            user.rename(changes.displayName(), now);
        }
        boolean wasActiveAdmin = user.isTenantAdmin() && user.enabled();
        if (newRole != null) {
            user.changeRole(newRole, now);
        }
        if (changes.enabled() != null) {
            user.enable(changes.enabled(), now);
        }
        boolean isActiveAdmin = user.isTenantAdmin() && user.enabled();
        if (wasActiveAdmin && !isActiveAdmin) {
            users.flush();
            if (users.countEnabledAdmins(tenantId) == 0) {
                throw new DomainException(
                        ErrorCode.LAST_TENANT_ADMIN,
                        "This is the tenant's last enabled admin: make another user admin first");
            }
        }
        return UserView.of(user);
    }

    /** Changes the caller's own password after checking the current one. */
    public void changePassword(String userId, String currentPassword, String newPassword) {
        UserAccount user =
                users.find(userId).orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "No such user"));
        new Validation()
                .require(currentPassword != null && !currentPassword.isEmpty(), "currentPassword", "must not be blank")
                .require(
                        newPassword != null
                                && newPassword.length() >= MIN_PASSWORD
                                && newPassword.length() <= MAX_PASSWORD,
                        "newPassword",
                        "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters")
                .throwIfInvalid();
        if (!passwords.verify(currentPassword, user.passwordHash())) {
            throw DomainException.invalid("currentPassword", "is not your current password");
        }
        Instant now = clock.instant();
        user.choosePassword(passwords.hash(newPassword), now);
        portalTokens.revokeAllOf(user.id(), now); // a new password ends the access tokens made before it
    }

    /** Checks a user's password before an act that cannot be undone lightly (deleting the account). */
    public void confirmPassword(String tenantId, String userId, String password) {
        new Validation()
                .require(password != null && !password.isEmpty(), "password", "must not be blank")
                .throwIfInvalid();
        if (!passwords.verify(password, require(tenantId, userId).passwordHash())) {
            throw DomainException.invalid("password", "is not your password");
        }
    }

    private UserAccount require(String tenantId, String userId) {
        return users.findInTenant(tenantId, userId)
                .orElseThrow(() ->
                        new DomainException(ErrorCode.USER_NOT_FOUND, "No user with id " + userId + " in this tenant"));
    }

    private static DomainException emailTaken(String email) {
        return new DomainException(
                ErrorCode.EMAIL_TAKEN,
                "A user with the e-mail " + Validation.normalizeEmail(email) + " already exists in this tenant");
    }
}
