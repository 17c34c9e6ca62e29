package fr.guichet.tenancy.service;

import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.UserAccount;
import fr.guichet.tenancy.repository.PasswordLinkRepository;
import fr.guichet.tenancy.repository.PortalTokenRepository;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.repository.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Erases a tenant's personal data in tenancy: the tenant's name, address, contact and billing identity, every user's
 * e-mail, name and last address, their password links and access tokens; users are disabled and their passwords made unknown. Runs in
 * the caller's transaction (privacy's erasure), which erases the rest in the features above.
 */
@Stateless
public class TenancyErasure {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantRepository tenants;

    @Inject
    UserRepository users;

    @Inject
    PasswordLinkRepository links;

    @Inject
    PortalTokenRepository portalTokens;

    @Inject
    PasswordHasher passwords;

    @Inject
    Event<TenantChanged> changed;

    @Inject
    Clock clock;

    /** What named people in the tenant before its erasure, so that the features above can take it out too. */
    public record Erased(String tenantName, List<String> emails, List<String> words) {}

    /** Erases the tenant's personal data; empty when there is no such tenant or it was already erased. */
    public Optional<Erased> erase(String tenantId) {
        Optional<Tenant> found = tenants.findForUpdate(tenantId).filter(t -> t.erasedAt() == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tenant tenant = found.get();
        Instant now = clock.instant();
        LinkedHashSet<String> emails = new LinkedHashSet<>();
        LinkedHashSet<String> words = new LinkedHashSet<>();
        emails.add(tenant.contactEmail());
        List<UserAccount> all = users.allInTenantForUpdate(tenantId);
        for (UserAccount user : all) {
            emails.add(user.email());
            words.add(user.displayName());
        }
        String tenantName = tenant.name();
        words.add(tenantName);
        words.add(tenant.slug());
        if (tenant.billing().legalName() != null) {
            words.add(tenant.billing().legalName());
        }
        links.deleteOfTenant(tenantId);
        portalTokens.deleteOfTenant(tenantId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String unusable = passwords.hash(Base64.getEncoder().encodeToString(secret));
        for (UserAccount user : all) {
            user.erase(unusable, now);
        }
        tenant.erase(now);
        changed.fire(new TenantChanged(tenantId));
        List<String> named = new ArrayList<>(emails);
        words.stream().filter(w -> w.strip().length() >= 3).forEach(named::add);
        return Optional.of(new Erased(tenantName, List.copyOf(emails), List.copyOf(named)));
    }
}
