package fr.guichet.tenancy.service;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Validation;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.MailLinks;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.tenancy.domain.PasswordLink;
import fr.guichet.tenancy.domain.PasswordLinkPurpose;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.PasswordLinkRepository;
import fr.guichet.tenancy.repository.PortalTokenRepository;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-time links to choose a password, mailed in the tenant's language: the welcome of a new user (no password
 * travels in clear) and the reset of a forgotten one. A link works once, until it expires.
 */
@Stateless
public class PasswordLinks {

    /** At most this many reset links per user and hour: "forgot password" cannot be used to flood a mailbox. */
    static final int MAX_LINKS_PER_HOUR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PasswordLinkRepository links;

    @Inject
    PortalTokenRepository portalTokens;

    @Inject
    UserRepository users;

    @Inject
    TenantRepository tenants;

    @Inject
    PasswordHasher passwords;

    @Inject
    TenancyConfig config;

    @Inject
    LoginThrottle throttle;

    @Inject
    Outbox outbox;

    @Inject
    MailLinks mailLinks;

    @Inject
    Clock clock;

    /** Mails a new user the link to choose their first password; the link is returned for the operator too. */
    public SetPasswordLink welcome(Tenant tenant, UserAccount user) {
        return send(tenant, user, PasswordLinkPurpose.WELCOME);
    }

    /**
     * A new welcome link for a user of the tenant who never chose a password (the first link expired, or the mail
     * went astray); the earlier links stop working. A user who has a password uses "forgot password" instead: no
     * one else can set it.
     */
    public SetPasswordLink resendWelcome(String tenantId, String userId) {
        Tenant tenant = tenants.find(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        UserAccount user = users.findInTenant(tenantId, userId)
                .flatMap(u -> users.findForUpdate(u.id()))
                .orElseThrow(() ->
                        new DomainException(ErrorCode.USER_NOT_FOUND, "No user with id " + userId + " in this tenant"));
        if (!user.enabled()) {
            throw new DomainException(
                    ErrorCode.INVALID_STATUS_TRANSITION, "The user is disabled: enable them before welcoming them");
        }
        if (user.passwordChosenAt() != null) {
            throw new DomainException(
                    ErrorCode.PASSWORD_ALREADY_CHOSEN,
                    "The user has chosen a password already: they can reset it from the sign-in page");
        }
        links.endAll(user.id(), clock.instant());
        return send(tenant, user, PasswordLinkPurpose.WELCOME);
    }

    /**
     * "Forgot password": mails a reset link if the tenant and the e-mail name an enabled user. Says nothing
     * either way, so that no one learns who has an account.
     */
    public void forgot(String tenantSlug, String email, String address) {
        new Validation()
                .text(tenantSlug, "tenant", 1, 100)
                .email(email, "email")
                .throwIfInvalid();
        // Each request counts as an attempt of the caller's address, whether the account exists or not: an address
        // asking too often is answered 429 with Retry-After, as sign-in is.
        String account = "forgot:" + tenantSlug.strip().toLowerCase(java.util.Locale.ROOT) + "/"
                + Validation.normalizeEmail(email);
        throttle.checkAllowed(account, address, null);
        throttle.recordAttempt(account, address);
        Optional<Tenant> tenant = tenants.findBySlug(tenantSlug.strip().toLowerCase(java.util.Locale.ROOT));
        Optional<UserAccount> user = tenant.flatMap(t -> users.findByEmail(t.id(), Validation.normalizeEmail(email)));
        if (user.isEmpty() || !user.get().enabled()) {
            return;
        }
        users.findForUpdate(user.get().id()); // requests at once count one after the other
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        if (links.countSince(user.get().id(), PasswordLinkPurpose.RESET, hourAgo) >= MAX_LINKS_PER_HOUR) {
            return;
        }
        send(tenant.get(), user.get(), PasswordLinkPurpose.RESET);
    }

    /** Sets the password of the link's user, once; every other open link of the user stops working. */
    public UserView choose(String token, String newPassword) {
        new Validation()
                .require(token != null && !token.isBlank(), "token", "must not be blank")
                .require(
                        newPassword != null
                                && newPassword.length() >= UserService.MIN_PASSWORD
                                && newPassword.length() <= UserService.MAX_PASSWORD,
                        "newPassword",
                        "must be " + UserService.MIN_PASSWORD + " to " + UserService.MAX_PASSWORD + " characters")
                .throwIfInvalid();
        Instant now = clock.instant();
        PasswordLink link = links.findUsable(hash(token.strip()), now).orElseThrow(PasswordLinks::unusable);
        // The user's row first: two links of one user used at once take turns rather than deadlock.
        UserAccount user =
                users.findForUpdate(link.userId()).filter(UserAccount::enabled).orElseThrow(PasswordLinks::unusable);
        if (!links.use(link.id(), now)) {
            throw unusable();
        }
        links.endAll(user.id(), now);
        user.choosePassword(passwords.hash(newPassword), now);
        portalTokens.revokeAllOf(user.id(), now); // a new password ends the access tokens made before it
        return UserView.of(user);
    }

    private SetPasswordLink send(Tenant tenant, UserAccount user, PasswordLinkPurpose purpose) {
        Instant now = clock.instant();
        Duration validFor =
                purpose == PasswordLinkPurpose.WELCOME ? config.welcomeLinkValidFor() : config.resetLinkValidFor();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        links.add(new PasswordLink(user.id(), purpose, hash(token), now.plus(validFor), now));
        // The token travels in the fragment: browsers never send it to the server nor in a Referer.
        String lang = tenant.language();
        String url = mailLinks.portal(tenant.slug()) + "password?lang=" + lang + "#token=" + token;
        Map<String, Object> model = new HashMap<>();
        model.put("tenantName", tenant.name());
        model.put("userEmail", user.email());
        model.put("signInUrl", mailLinks.portal(tenant.slug()));
        model.put("expiresIn", MailFormats.duration(validFor, lang));
        model.put(purpose == PasswordLinkPurpose.WELCOME ? "setPasswordUrl" : "resetUrl", url);
        MailKind kind = purpose == PasswordLinkPurpose.WELCOME ? MailKind.WELCOME : MailKind.PASSWORD_RESET;
        outbox.queue(new NewMail(kind, tenant.id(), user.email(), lang, model, List.of()));
        return new SetPasswordLink(url, now.plus(validFor));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException unusable() {
        return new DomainException(
                ErrorCode.PASSWORD_LINK_UNUSABLE,
                "This link has expired or was already used: ask for a new one from the sign-in page");
    }
}
