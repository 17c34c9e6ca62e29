package fr.guichet.tenancy.service;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks who is calling. Every failure gives the same answer, whatever was wrong (unknown tenant, unknown
 * e-mail, wrong password, disabled account), takes the same time, and counts against the account and the
 * client address in the {@link LoginThrottle}, which never slows down the address the account last signed in from.
 */
@Stateless
public class AuthenticationService {

    private static final Duration LOGIN_RECORD_INTERVAL = Duration.ofMinutes(5);

    @Inject
    TenantRepository tenants;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** Signs a tenant user in with the tenant's slug, their e-mail and password. */
    public SignedIn signInTenantUser(String tenantSlug, String email, String password, String address) {
        String account = "tenant:" + lower(tenantSlug) + "/" + Validation.normalizeEmail(email);
        Optional<Tenant> tenant = tenants.findBySlug(lower(tenantSlug));
        Optional<UserAccount> user = tenant.flatMap(t -> users.findByEmail(t.id(), Validation.normalizeEmail(email)));
        UserAccount signedIn = check(user, password, account, address);
        return new SignedIn(
                UserView.of(signedIn), tenant.get().slug(), tenant.get().name());
    }

    /** Authenticates an operator (console sign-in or HTTP Basic on the admin API). */
    public UserView authenticateOperator(String email, String password, String address) {
        String account = "operator:" + Validation.normalizeEmail(email);
        Optional<UserAccount> user = users.findByEmail(UserAccount.OPERATOR_SCOPE, Validation.normalizeEmail(email));
        return UserView.of(check(user, password, account, address));
    }

    /** The user behind a session, if they still exist and are enabled. */
    public Optional<UserView> activeUser(String userId) {
        return users.find(userId).filter(UserAccount::enabled).map(UserView::of);
    }

    /**
     * The user behind a session opened at {@code signedInAt}, if they still exist, are enabled, and have not chosen
     * a password since (a reset ends every session opened before it).
     */
    public Optional<UserView> activeUser(String userId, Instant signedInAt) {
        return users.find(userId)
                .filter(UserAccount::enabled)
                .filter(u -> u.passwordChosenAt() == null
                        || signedInAt == null
                        || !u.passwordChosenAt().isAfter(signedInAt))
                .map(UserView::of);
    }

    private UserAccount check(Optional<UserAccount> user, String password, String account, String address) {
        throttle.checkAllowed(
                account, address, user.map(UserAccount::lastLoginAddress).orElse(null));
        boolean ok;
        if (user.isPresent()) {
            ok = passwords.verify(password, user.get().passwordHash())
                    && user.get().enabled();
        } else {
            passwords.verifyDecoy(password);
            ok = false;
        }
        if (!ok) {
            throttle.recordFailure(account, address);
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS, "Invalid credentials");
        }
        throttle.recordSuccess(account, address);
        UserAccount u = user.get();
        Instant now = clock.instant();
        if (u.lastLoginAt() == null
                || u.lastLoginAt().plus(LOGIN_RECORD_INTERVAL).isBefore(now)
                || !Objects.equals(u.lastLoginAddress(), address)) {
            users.recordLogin(u.id(), now, address);
        }
        return u;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
