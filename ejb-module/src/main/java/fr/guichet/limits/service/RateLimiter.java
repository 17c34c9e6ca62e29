package fr.guichet.limits.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.common.cache.Caches;
import fr.guichet.limits.domain.RateStatus;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Per-minute token buckets (Bucket4j): capacity R, refilled continuously at R per minute. On PostgreSQL the
 * buckets live in the {@code rate_bucket} table and every server shares them: Bucket4j locks the bucket's row,
 * so R per minute holds in total however many servers there are, within one request per server: a server takes
 * one request from its copy of the bucket without a round trip, and charges it to the shared row with its next
 * request ({@code Optimizations.delaying}); concurrent requests of one server on one bucket are batched into one
 * round trip. On embedded Derby there is only ever
 * one server, and the buckets stay in its memory.
 *
 * <p>A bucket's key holds its rate, so a plan change gives the tenant a fresh bucket at its new rate at once.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /**
     * What a server may take from a shared bucket before telling the others: one request, for at most a second.
     * A call alone on its bucket then waits for the database every other time only; a server's untold request is
     * the documented slack (at most R plus one per server in a minute), and it is charged to the shared bucket at
     * the server's next call.
     */
    private static final DelayParameters UNSYNCHRONIZED = new DelayParameters(1, Duration.ofSeconds(1));

    @Resource(lookup = "jdbc/guichet")
    DataSource database;

    private final Cache<String, Bucket> buckets =
            Caches.bounded(200_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private volatile Store store;

    /** Takes one request from the bucket {@code key} of {@code perMinute} requests a minute. */
    public RateStatus consume(String key, int perMinute) {
        String id = key + "@" + perMinute;
        Bucket bucket = buckets.get(id, k -> store().bucket(k, configuration(perMinute)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long nanosPerToken = MINUTE.toNanos() / perMinute;
        long toFull = (perMinute - probe.getRemainingTokens()) * nanosPerToken;
        return new RateStatus(
                probe.isConsumed(),
                perMinute,
                probe.getRemainingTokens(),
                Math.max(0, toFull),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill());
    }

    private static BucketConfiguration configuration(int perMinute) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, MINUTE)
                        .build())
                .build();
    }

    private Store store() {
        Store current = store;
        if (current == null) {
            synchronized (this) {
                if (store == null) {
                    store = openStore();
                }
                current = store;
            }
        }
        return current;
    }

    private Store openStore() {
        String product;
        try (Connection connection = database.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("The database is not reachable: " + e.getMessage(), e);
        }
        if (!product.contains("postgres")) {
            return (id, config) ->
                    Bucket.builder().addLimit(config.getBandwidths()[0]).build();
        }
        DataSource buckets;
        try {
            buckets = InitialContext.doLookup("jdbc/guichetBuckets");
        } catch (NamingException e) {
            throw new IllegalStateException("jdbc/guichetBuckets is not configured", e);
        }
        ProxyManager<String> shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(buckets)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_bucket")
                .idColumn("id")
                .stateColumn("state")
                .build();
        return (id, config) -> {
            // Create the bucket's row first, unbatched: Bucket4j's batching cannot create a missing bucket (its
            // batch fails with BucketNotFoundException when concurrent first calls race for it).
            shared.builder().build(id, () -> config).getAvailableTokens();
            return shared.builder()
                    .withOptimization(Optimizations.delaying(UNSYNCHRONIZED))
                    .build(id, () -> config);
        };
    }

    /** Where buckets are kept. */
    private interface Store {
        Bucket bucket(String id, BucketConfiguration configuration);
    }
}
