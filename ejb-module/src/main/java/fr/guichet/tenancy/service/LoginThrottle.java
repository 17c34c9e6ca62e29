package fr.guichet.tenancy.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.common.cache.Caches;
import fr.guichet.common.domain.DomainException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Slows guessing down without letting strangers lock an account out (the policy is in {@code docs/security.md}):
 * <ol>
 * <li>an address that failed {@code max-failures-per-account} times on one account in the window waits before
 * trying that account again; other addresses are not affected;</li>
 * <li>an address that failed {@code max-failures-per-address} times in the window, on any accounts, waits;</li>
 * <li>an account that failed {@code account-slowdown-after} times in the window, from any addresses, is slowed
 * down: addresses it has not signed in from try it one at a time, one attempt every {@code account-slow-interval}
 * between them all; the addresses it signed in from (its last one is kept with the account, the others for 30
 * days in this server) are not slowed.</li>
 * </ol>
 * A successful sign-in clears the failures of its address on its account. An IPv6 address counts as its /64
 * network. Kept in this server's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration KNOWN_FOR = Duration.ofDays(30);

    @Inject
    TenancyConfig config;

    private Cache<String, Bucket> pairs;
    private Cache<String, Bucket> addresses;
    private Cache<String, Bucket> accounts;
    private Cache<String, Bucket> slowLanes;
    private Cache<String, Boolean> known;

    @PostConstruct
    void init() {
        Duration kept = config.loginWindow().multipliedBy(2);
        pairs = Caches.bounded(100_000).expireAfterAccess(kept).build();
        addresses = Caches.bounded(100_000).expireAfterAccess(kept).build();
        accounts = Caches.bounded(100_000).expireAfterAccess(kept).build();
        slowLanes = Caches.bounded(100_000).expireAfterAccess(kept).build();
        known = Caches.bounded(100_000).expireAfterWrite(KNOWN_FOR).build();
    }

    /**
     * Throws TOO_MANY_ATTEMPTS, with the wait, when the address may not try the account now. {@code lastAddress}:
     * the address the account last signed in from, when the account exists (null otherwise).
     */
    public void checkAllowed(String account, String client, String lastAddress) {
        String address = source(client);
        Duration wait = max(waitFor(pairs, pair(account, address)), waitFor(addresses, address));
        if (wait.isZero() && slowed(account) && !knownAddress(account, address, source(lastAddress))) {
            ConsumptionProbe turn = slowLane(account).tryConsumeAndReturnRemaining(1);
            wait = turn.isConsumed() ? Duration.ZERO : Duration.ofNanos(turn.getNanosToWaitForRefill());
        }
        if (!wait.isZero()) {
            throw DomainException.tooManyAttempts(wait);
        }
    }

    /** A request limited as a failed sign-in is ("forgot password"), whatever its outcome. */
    public void recordAttempt(String account, String client) {
        recordFailure(account, client);
    }

    public void recordFailure(String account, String client) {
        String address = source(client);
        bucket(pairs, pair(account, address), config.maxFailuresPerAccount()).tryConsume(1);
        bucket(addresses, address, config.maxFailuresPerAddress()).tryConsume(1);
        bucket(accounts, account, config.accountSlowdownAfter()).tryConsume(1);
    }

    public void recordSuccess(String account, String client) {
        String address = source(client);
        pairs.invalidate(pair(account, address));
        known.put(pair(account, address), Boolean.TRUE);
    }

    private boolean slowed(String account) {
        return !waitFor(accounts, account).isZero();
    }

    private boolean knownAddress(String account, String address, String lastAddress) {
        return address != null && (address.equals(lastAddress) || known.getIfPresent(pair(account, address)) != null);
    }

    private Bucket slowLane(String account) {
        Duration interval = config.accountSlowInterval();
        return slowLanes.get(
                account,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(1).refillIntervally(1, interval))
                        .build());
    }

    private Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
        Duration window = config.loginWindow();
        return cache.get(
                key,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                        .build());
    }

    /**
     * Where an attempt comes from, as counted: an IPv4 address, or the /64 network of an IPv6 address (one host
     * commonly holds a whole /64, so single IPv6 addresses would be free for the asking).
     */
    static String source(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static String pair(String account, String address) {
        return account + "|" + address;
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
