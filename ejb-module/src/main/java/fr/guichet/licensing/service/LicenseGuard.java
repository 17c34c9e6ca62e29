package fr.guichet.licensing.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.common.cache.Caches;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.limits.service.AbuseLedger;
import fr.guichet.limits.service.AddressUnblocked;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands between license keys and those who guess them: checks and activations are limited per address and
 * activations per user (token buckets of this server), and an address that presents too many unknown or mistyped
 * keys within a window is blocked (in the database, so every server refuses it; each block of the day twice as
 * long as the previous one, written to the audit log). Blocks are kept as {@code license:<address>} beside the
 * {@code /v1} ones: an operator lists and lifts them with the same calls, and they do not block the address's
 * {@code /v1} calls.
 */
@ApplicationScoped
public class LicenseGuard {

    static final String SCOPE = "license:";
    private static final System.Logger LOG = System.getLogger(LicenseGuard.class.getName());

    @Inject
    LicensingConfig config;

    @Inject
    AbuseLedger ledger;

    @Inject
    Clock clock;

    private Cache<String, Bucket> addresses;
    private Cache<String, Bucket> users;
    private Cache<String, AtomicInteger> unknown;
    private Cache<String, Instant> blocked;

    @PostConstruct
    void init() {
        addresses =
                Caches.bounded(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();
        users = Caches.bounded(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();
        unknown = Caches.bounded(100_000)
                .expireAfterWrite(config.unknownKeyWindow())
                .build();
        blocked =
                Caches.bounded(100_000).expireAfterWrite(Duration.ofSeconds(10)).build();
    }

    /** Lets one attempt from the address (and the user, when signed in) through, or refuses it with 429. */
    public void admit(String address, String userId) {
        Instant until = blocked.get(address, a -> ledger.blockedUntil(SCOPE + a).orElse(Instant.EPOCH));
        Instant now = clock.instant();
        if (until.isAfter(now)) {
            throw DomainException.tooManyAttempts(Duration.between(now, until));
        }
        take(addresses, address, config.attemptsPerAddress());
        if (userId != null) {
            take(users, userId, config.attemptsPerUser());
        }
    }

    /** Counts an unknown or mistyped key from the address; blocks it at the policy's limit. */
    public void unknownKey(String address) {
        AtomicInteger count = unknown.get(address, a -> new AtomicInteger());
        if (count.incrementAndGet() < config.maxUnknownKeys()) {
            return;
        }
        unknown.invalidate(address);
        try {
            Instant until = ledger.block(
                    SCOPE + address,
                    clock.instant(),
                    config.firstBlock(),
                    config.longestBlock(),
                    config.maxUnknownKeys() + " unknown or mistyped license keys within "
                            + config.unknownKeyWindow().toMinutes() + " min");
            blocked.put(address, until);
        } catch (RowExists e) {
            blocked.invalidate(address); // blocked at the same instant by another call: read that block
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not block address " + address + " for license attempts: " + e);
        }
    }

    /** Forgets what this server remembers of an address whose license block an operator lifted. */
    void forget(@Observes AddressUnblocked lifted) {
        if (lifted.address().startsWith(SCOPE)) {
            String address = lifted.address().substring(SCOPE.length());
            blocked.invalidate(address);
            unknown.invalidate(address);
        }
    }

    private static void take(Cache<String, Bucket> buckets, String key, int perMinute) {
        Bucket bucket = buckets.get(
                key + "|" + perMinute,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw DomainException.tooManyAttempts(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
