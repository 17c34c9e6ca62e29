package fr.guichet.tenancy.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.domain.PortalToken;
import fr.guichet.tenancy.domain.TokenScope;
import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.PortalTokenRepository;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Personal access tokens, with which a client's own systems call {@code /api/portal} as one of its users: created
 * (the secret shown once), listed and revoked by their owner, listed and revoked by the tenant's admins too. A token
 * acts with its user's role, read-only or not; it stops working when it expires, is revoked, its user is disabled
 * or chooses a new password. Every call made with a token is written in the audit log. The secret carries 256
 * random bits: a plain SHA-256 of it is kept (no guess can be tested against it, so no server key is needed).
 */
@Stateless
public class PortalTokens {

    /** What every secret starts with, so that a leaked one is recognised (secret scanners, logs). */
    public static final String PREFIX = "gpat_";

    public static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_LIVE_PER_USER = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);

    @Inject
    PortalTokenRepository tokens;

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Creates a token for the user; {@code days} of validity, 90 when not given. */
    public NewPortalToken create(
            String tenantId, String userId, String name, String scope, Integer days, String actor) {
        Validation validation = new Validation().text(name, "name", 1, 100);
        TokenScope parsed = null;
        try {
            parsed = TokenScope.parse(scope, "scope");
        } catch (DomainException e) {
            validation.require(false, "scope", "must be one of READ_ONLY, READ_WRITE");
        }
        int validDays = days == null ? DEFAULT_DAYS : days;
        validation
                .require(validDays >= 1 && validDays <= MAX_DAYS, "days", "must be 1 to " + MAX_DAYS)
                .throwIfInvalid();
        UserAccount user = users.findInTenant(tenantId, userId)
                .flatMap(u -> users.findForUpdate(u.id())) // creations of one user take turns: the limit holds
                .orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "No such user in this tenant"));
        Instant now = clock.instant();
        if (tokens.countLive(user.id(), now) >= MAX_LIVE_PER_USER) {
            throw new DomainException(
                    ErrorCode.TOKEN_LIMIT_REACHED,
                    "You have " + MAX_LIVE_PER_USER + " access tokens that still work: revoke one first");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PortalToken token = new PortalToken(
                tenantId,
                user.id(),
                name.strip(),
                parsed,
                PasswordLinks.hash(secret),
                secret,
                now,
                now.plus(Duration.ofDays(validDays)));
        tokens.add(token);
        audit.write(
                actor,
                tenantId,
                "portal_token.created",
                token.name(),
                token.scope() + ", " + token.masked() + ", expires " + token.expiresAt());
        return new NewPortalToken(PortalTokenView.of(token, user.email(), now), secret);
    }

    /** The tenant's tokens for an admin ({@code userId} null), else the user's own. */
    public Page<PortalTokenView> list(String tenantId, String userId, PageRequest page) {
        Instant now = clock.instant();
        return tokens.list(tenantId, userId, page)
                .map(t -> PortalTokenView.of(
                        t, users.find(t.userId()).map(UserAccount::email).orElse(null), now));
    }

    /**
     * Revokes a token of the tenant: the caller's own, or anyone's when {@code admin}. Any other id, another
     * tenant's included, is not found.
     */
    public PortalTokenView revoke(String tenantId, String userId, boolean admin, String tokenId, String actor) {
        PortalToken token = tokens.findInTenant(tenantId, tokenId)
                .filter(t -> admin || t.userId().equals(userId))
                .orElseThrow(() -> new DomainException(ErrorCode.TOKEN_NOT_FOUND, "No such access token"));
        Instant now = clock.instant();
        if (token.revokedAt() == null) {
            token.revoke(now);
            audit.write(actor, tenantId, "portal_token.revoked", token.name(), token.masked());
        }
        return PortalTokenView.of(
                token, users.find(token.userId()).map(UserAccount::email).orElse(null), now);
    }

    /**
     * The call a presented secret makes, if it names a live token of an enabled user: written in the audit log
     * ({@code portal_token.used}, or {@code portal_token.refused} when the scope does not allow the method).
     */
    public Optional<TokenCall> use(String secret, String method, String path) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<PortalToken> found =
                tokens.findByHash(PasswordLinks.hash(secret)).filter(t -> t.live(now));
        // A password chosen since the token was made (a reset, a change) ends it, as it ends the sessions.
        Optional<UserAccount> user = found.flatMap(t -> users.findInTenant(t.tenantId(), t.userId())
                .filter(UserAccount::enabled)
                .filter(u ->
                        u.passwordChosenAt() == null || !u.passwordChosenAt().isAfter(t.createdAt())));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        PortalToken token = found.get();
        boolean allowed = token.scope().allows(method);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RECORD_INTERVAL))) {
            tokens.recordUse(token.id(), now); // at most once a minute: a busy script does not queue on the row
        }
        audit.write(
                "user:" + user.get().email(),
                token.tenantId(),
                allowed ? "portal_token.used" : "portal_token.refused",
                method + " " + path,
                "token \"" + token.name() + "\" " + token.masked() + (allowed ? "" : ": read-only"));
        return Optional.of(new TokenCall(UserView.of(user.get()), token.id(), token.name(), token.scope(), allowed));
    }
}
