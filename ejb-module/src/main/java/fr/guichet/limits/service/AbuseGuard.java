package fr.guichet.limits.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.access.service.ApiKeyService;
import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.cache.Caches;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.common.persistence.Stripes;
import fr.guichet.limits.domain.AlertKind;
import fr.guichet.limits.domain.LimitRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Abuse blocking on {@code /v1}, by the policy of {@link AbuseConfig}:
 * <ul>
 * <li>an address that fails to authenticate too often is blocked (429, {@code Retry-After}) for a period that
 * doubles with each block of the day; blocks are kept in the database, so every server enforces them (each
 * server remembers an address's state for up to 10 s);</li>
 * <li>a key used from more distinct addresses than allowed within a window (counted in the database, across
 * servers), or refused by its rate limit far more often than its rate (counted by each server), is suspended
 * (or only reported, by policy); the tenant's admins and the operators see an alert, and an operator lifts it.</li>
 * </ul>
 * Every block, suspension and lift is in the audit log.
 */
@ApplicationScoped
public class AbuseGuard {

    private static final System.Logger LOG = System.getLogger(AbuseGuard.class.getName());
    private static final Instant NOT_BLOCKED = Instant.EPOCH;

    @Inject
    AbuseConfig config;

    @Inject
    AbuseLedger ledger;

    @Inject
    AlertLog alerts;

    @Inject
    ApiKeyService keys;

    @Inject
    Event<AddressUnblocked> unblocked;

    @Inject
    Clock clock;

    /** Serialize the ledger's writes of one key's uses, or of one address's block. */
    private final Stripes writers = new Stripes(64);

    private Cache<String, Instant> blocked;
    private Cache<String, AtomicInteger> failures;
    private Cache<String, Boolean> seen;
    private Cache<String, AtomicInteger> refusals;

    @PostConstruct
    void init() {
        blocked =
                Caches.bounded(100_000).expireAfterWrite(Duration.ofSeconds(10)).build();
        failures =
                Caches.bounded(100_000).expireAfterWrite(config.failureWindow()).build();
        seen = Caches.bounded(200_000).expireAfterWrite(config.addressWindow()).build();
        refusals =
                Caches.bounded(100_000).expireAfterWrite(Duration.ofMinutes(2)).build();
    }

    /** Refuses a blocked address with 429 {@code address_blocked} and {@code Retry-After}. */
    public void checkAddress(String address) {
        Instant until = blocked.get(address, a -> ledger.blockedUntil(a).orElse(NOT_BLOCKED));
        Instant now = clock.instant();
        if (until.isAfter(now)) {
            Duration left = Duration.between(now, until);
            throw new LimitRefusal(
                    ErrorCode.ADDRESS_BLOCKED,
                    "Too many failed authentications from this address; " + "it is blocked for "
                            + Math.max(1, left.toSeconds()) + " s.",
                    left,
                    null);
        }
    }

    /** Counts a failed authentication; blocks the address when it reaches the policy's limit in the window. */
    public void failedAuthentication(String address) {
        AtomicInteger count = failures.get(address, a -> new AtomicInteger());
        if (count.incrementAndGet() < config.maxFailures()) {
            return;
        }
        failures.invalidate(address);
        try {
            Instant until;
            synchronized (writers.of(address)) {
                until = ledger.block(
                        address,
                        clock.instant(),
                        config.firstBlock(),
                        config.longestBlock(),
                        config.maxFailures() + " failed authentications within "
                                + config.failureWindow().toSeconds() + " s");
            }
            blocked.put(address, until);
        } catch (RowExists e) {
            blocked.invalidate(address); // another server blocked it at the same instant: read its block
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not block address " + address + ": " + e);
        }
    }

    /** Records that the key was used from the address; suspends it when too many addresses use it. */
    public void used(KeyPrincipal caller, String address) {
        long windowSeconds = config.addressWindow().toSeconds();
        long window = clock.instant().getEpochSecond() / windowSeconds * windowSeconds;
        String mark = caller.keyId() + "|" + window + "|" + address;
        if (seen.getIfPresent(mark) != null) {
            return;
        }
        long addresses;
        try {
            addresses = recordUse(caller.keyId(), window, address);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Address of key " + caller.keyId() + " not recorded: " + e);
            return;
        }
        seen.put(mark, Boolean.TRUE);
        if (addresses > config.keyMaxAddresses()) {
            abused(
                    caller,
                    "used from " + addresses + " addresses within "
                            + config.addressWindow().toMinutes() + " min (more than " + config.keyMaxAddresses() + ")");
        }
    }

    private long recordUse(String keyId, long window, String address) {
        try {
            synchronized (writers.of(keyId)) {
                return ledger.useFrom(keyId, window, address);
            }
        } catch (RowExists e) {
            return ledger.addresses(keyId, window); // a concurrent first call recorded it
        }
    }

    /** Counts a rate-limit refusal of the key; a burst far beyond its rate marks it abused. */
    void rateLimited(KeyPrincipal caller, int perMinute) {
        long minute = clock.instant().getEpochSecond() / 60;
        // One counter per key and limit (the key's own, or its tenant's), so each is compared with its own rate.
        AtomicInteger count = refusals.get(caller.keyId() + "|" + perMinute + "|" + minute, k -> new AtomicInteger());
        long limit = (long) config.burstFactor() * perMinute;
        if (count.incrementAndGet() == limit) {
            abused(
                    caller,
                    count.get() + " calls refused by the rate limit of " + perMinute + " per minute within a minute");
        }
    }

    private void abused(KeyPrincipal caller, String why) {
        try {
            boolean suspended = config.suspendsKeys()
                    && keys.suspend(caller.tenantId(), caller.keyId(), AuditLog.SYSTEM, "Abuse: " + why);
            String message = "API key " + caller.keyId() + (suspended ? " suspended automatically: " : " abused: ")
                    + why + (suspended ? ". An operator can reinstate it." : ".");
            alerts.raise(
                    "key|" + caller.keyId() + "|" + clock.instant().toEpochMilli(),
                    caller.tenantId(),
                    AlertKind.KEY_SUSPENDED,
                    message);
            LOG.log(Level.WARNING, message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not act on abused key " + caller.keyId() + ": " + e);
        }
    }

    /** The blocks in force (operators). */
    public Page<AddressBlockView> blocks(PageRequest page) {
        return ledger.blocks(clock.instant(), page);
    }

    /** Lifts an address's block (operators), with the reason in the audit log. */
    public void unblock(String address, String actor, String reason) {
        new Validation()
                .text(address, "address", 1, 64)
                .textBlock(reason, "reason", 1, 1000)
                .throwIfInvalid();
        ledger.unblock(address.strip(), clock.instant(), actor, reason.strip());
        blocked.invalidate(address.strip());
        failures.invalidate(address.strip());
        unblocked.fire(new AddressUnblocked(address.strip()));
    }
}
