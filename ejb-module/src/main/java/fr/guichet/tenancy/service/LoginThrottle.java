package fr.guichet.tenancy.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.common.cache.Caches;
import fr.guichet.common.domain.DomainException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Slows down guessing: each failed sign-in takes a token from the bucket of the account and of the client
 * address; once a bucket is empty, sign-ins for it are refused with a wait time until tokens come back.
 * A successful sign-in refills the account's bucket. Kept in this server's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    TenancyConfig config;

    private Cache<String, Bucket> accounts;
    private Cache<String, Bucket> addresses;

    @PostConstruct
    void init() {
        Duration window = config.loginWindow();
        accounts = Caches.bounded(100_000)
                .expireAfterAccess(window.multipliedBy(2))
                .build();
        addresses = Caches.bounded(100_000)
                .expireAfterAccess(window.multipliedBy(2))
                .build();
    }

    /** Throws TOO_MANY_ATTEMPTS when the account or the address has used up its failures. */
    public void checkAllowed(String account, String address) {
        Duration wait = max(waitFor(accounts, account), waitFor(addresses, address));
        if (!wait.isZero()) {
            throw DomainException.tooManyAttempts(wait);
        }
    }

    public void recordFailure(String account, String address) {
        bucket(accounts, account, config.maxFailuresPerAccount()).tryConsume(1);
        bucket(addresses, address, config.maxFailuresPerAddress()).tryConsume(1);
    }

    public void recordSuccess(String account) {
        accounts.invalidate(account);
    }

    private Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
        Duration window = config.loginWindow();
        return cache.get(
                key,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                        .build());
    }

    private static Duration waitFor(Cache<String, Bucket> cache, String key) {
        Bucket bucket = key == null ? null : cache.getIfPresent(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
