package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.service.CatalogChanged;
import fr.guichet.dispatch.service.ResolvedKey;
import fr.guichet.tenancy.service.TenantChanged;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DispatchCacheTest {

    private static DispatchCache cache(Duration ttl) {
        DispatchCache cache = new DispatchCache();
        cache.config = new DispatchConfig();
        cache.config.cacheTtl = ttl;
        cache.init();
        return cache;
    }

    @Test
    @DisplayName("within its TTL a lookup is read once; a change committed on this server empties the caches")
    void remembersUntilChanged() {
        DispatchCache cache = cache(Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.servedBy("gpt-4o", () -> Set.of("p" + reads.incrementAndGet())))
                    .containsExactly("p1");
            cache.chain("t1", () -> List.of());
        }
        assertThat(reads).hasValue(1);
        cache.forget(new CatalogChanged());
        assertThat(cache.servedBy("gpt-4o", () -> Set.of("p" + reads.incrementAndGet())))
                .containsExactly("p2");
    }

    @Test
    @DisplayName("a tenant's change forgets only its chain; a failure is never remembered")
    void tenantsAndFailures() {
        DispatchCache cache = cache(Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        cache.chain("t1", () -> {
            reads.incrementAndGet();
            return List.of();
        });
        cache.chain("t2", () -> {
            reads.incrementAndGet();
            return List.of();
        });
        cache.forget(new TenantChanged("t1"));
        cache.chain("t1", () -> {
            reads.incrementAndGet();
            return List.of();
        });
        cache.chain("t2", () -> {
            reads.incrementAndGet();
            return List.of();
        });
        assertThat(reads).hasValue(3);

        AtomicInteger attempts = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.key("p", "t1", null, () -> {
                        attempts.incrementAndGet();
                        throw new DomainException(ErrorCode.NO_PROVIDER_KEY, "none");
                    }))
                    .isInstanceOf(DomainException.class);
        }
        assertThat(attempts).hasValue(2);
        assertThat(cache.key("p", "t1", null, () -> ResolvedKey.NONE)).isSameAs(ResolvedKey.NONE);
    }

    @Test
    @DisplayName("a scheduled price applies at its instant exactly, from the remembered schedule")
    void scheduledPrice() {
        DispatchCache cache = cache(Duration.ofMinutes(1));
        java.time.Instant change = java.time.Instant.parse("2026-12-01T00:00:00Z");
        List<fr.guichet.dispatch.service.PriceView> schedule = List.of(
                new fr.guichet.dispatch.service.PriceView(
                        java.math.BigDecimal.ONE,
                        java.math.BigDecimal.TEN,
                        java.time.Instant.parse("2026-01-01T00:00:00Z")),
                new fr.guichet.dispatch.service.PriceView(
                        java.math.BigDecimal.valueOf(2), java.math.BigDecimal.TEN, change));
        AtomicInteger reads = new AtomicInteger();
        java.util.function.Supplier<List<fr.guichet.dispatch.service.PriceView>> loader = () -> {
            reads.incrementAndGet();
            return schedule;
        };
        assertThat(cache.price("p", "m", change.minusMillis(1), loader)
                        .orElseThrow()
                        .inputPerMillion())
                .isEqualByComparingTo("1");
        assertThat(cache.price("p", "m", change, loader).orElseThrow().inputPerMillion())
                .isEqualByComparingTo("2");
        assertThat(cache.price("p", "m", java.time.Instant.parse("2025-06-01T00:00:00Z"), loader))
                .isEmpty();
        assertThat(reads).hasValue(1);
    }
}
