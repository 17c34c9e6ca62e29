package fr.guichet.limits.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.access.service.TenantAccess;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.limits.domain.AlertKind;
import fr.guichet.limits.domain.LimitRefusal;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.RateStatus;
import fr.guichet.limits.domain.Reservation;
import fr.guichet.tenancy.domain.TenantStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Admission without a container: the rate buckets, the quota store and the alert log are in-memory fakes. */
class AdmissionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Map<String, Integer> taken = new HashMap<>();
    private final List<String> alerts = new ArrayList<>();
    private final List<String> abuse = new ArrayList<>();
    private final MemoryQuotas quotas = new MemoryQuotas();
    private Admission admission;

    @BeforeEach
    void wire() {
        admission = new Admission();
        admission.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        admission.config = new LimitsConfig();
        admission.config.defaultRequestsPerMinute = 60;
        admission.quotas = quotas;
        admission.rates = new RateLimiter() {
            @Override
            public RateStatus consume(String key, int perMinute) {
                int used = taken.merge(key, 1, Integer::sum);
                boolean allowed = used <= perMinute;
                return new RateStatus(
                        allowed, perMinute, Math.max(0, perMinute - used), 60_000_000_000L, 2_000_000_000L);
            }
        };
        admission.alerts = new AlertLog() {
            @Override
            public boolean raise(String dedupKey, String tenantId, AlertKind kind, String message) {
                alerts.add(kind + " " + tenantId + ": " + message);
                return true;
            }

            @Override
            public boolean raise(String dedupKey, String tenantId, AlertKind kind, String message, Runnable alsoNow) {
                return raise(dedupKey, tenantId, kind, message);
            }
        };
        admission.abuse = new AbuseGuard() {
            @Override
            void rateLimited(KeyPrincipal caller, int perMinute) {
                abuse.add(caller.keyId() + " at " + perMinute);
            }
        };
    }

    private static KeyPrincipal key(TenantStatus status, Instant trialEnds, Integer tenantRate, Instant suspended) {
        TenantAccess tenant = new TenantAccess("t-1", status, trialEnds, PARIS, "plan-1", "Pro", tenantRate);
        return new KeyPrincipal("k-1", "t-1", tenant, List.of(), null, null, suspended, "shared in public");
    }

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName("a suspended tenant, a trial that ended and a suspended key are refused, each with its own code")
    void standing() {
        assertThat(codeOf(() -> admission.admit(key(TenantStatus.SUSPENDED, null, null, null))))
                .isEqualTo(ErrorCode.ACCOUNT_SUSPENDED);
        assertThat(codeOf(() -> admission.admit(key(TenantStatus.TRIAL, NOW.minusSeconds(1), null, null))))
                .isEqualTo(ErrorCode.SUBSCRIPTION_REQUIRED);
        assertThat(codeOf(() -> admission.admit(key(TenantStatus.ACTIVE, null, null, NOW))))
                .isEqualTo(ErrorCode.API_KEY_SUSPENDED);
        assertThat(admission
                        .admit(key(TenantStatus.TRIAL, NOW.plusSeconds(60), null, null))
                        .allowed())
                .isTrue();
        assertThat(taken).containsEntry("t:t-1", 1); // only the admitted call took from the rate
    }

    @Test
    @DisplayName("past the tenant's rate a call is refused with its retry delay, and the key is reported for abuse")
    void rate() {
        KeyPrincipal caller = key(TenantStatus.ACTIVE, null, 2, null);
        assertThat(admission.admit(caller).remaining()).isEqualTo(1);
        assertThat(admission.admit(caller).remaining()).isZero();
        assertThatThrownBy(() -> admission.admit(caller))
                .isInstanceOfSatisfying(LimitRefusal.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
                    assertThat(e.rate()).map(RateStatus::limit).contains(2);
                    assertThat(e.retryAfter()).map(d -> d.getSeconds()).contains(2L);
                })
                .hasMessageContaining("2 requests per minute");
        assertThat(abuse).containsExactly("k-1 at 2");
    }

    @Test
    @DisplayName("the monthly quota opens its counters once, grants exactly what fits and alerts at 80 and 100 %")
    void quota() {
        quotas.requestLimit = 5L;
        for (int i = 0; i < 5; i++) {
            admission.reserve("t-1", PARIS, 10, BigDecimal.ZERO);
        }
        assertThatThrownBy(() -> admission.reserve("t-1", PARIS, 10, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        LimitRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_QUOTA))
                .hasMessageContaining("monthly quota of 5 requests")
                .hasMessageContaining("renews on 2027-01-01 00:00 (Europe/Paris)");
        assertThat(quotas.opened).isEqualTo(1);
        assertThat(quotas.counters.get("t-1|2026-12")[0]).isEqualTo(5);
        assertThat(alerts)
                .containsExactly(
                        "QUOTA_80 t-1: Monthly requests at 80 % of the quota (4 of 5 requests, period 2026-12)",
                        "QUOTA_100 t-1: Monthly requests at 100 % of the quota (5 of 5 requests, period 2026-12)");
    }

    @Test
    @DisplayName("an unknown tenant has no counters to open; a store that fails is a 503 to retry, never a grant")
    void missingOrUnreachable() {
        quotas.known = false;
        assertThat(codeOf(() -> admission.reserve("t-1", PARIS, 10, BigDecimal.ZERO)))
                .isEqualTo(ErrorCode.TENANT_NOT_FOUND);
        quotas.known = true;
        quotas.down = true;
        assertThatThrownBy(() -> admission.reserve("t-1", PARIS, 10, BigDecimal.ZERO))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
                    assertThat(e.retryAfter()).isPresent();
                });
    }

    /** The quota contract in memory: counters per tenant and month, a request limit, a tenant that may not exist. */
    static final class MemoryQuotas implements QuotaStore {
        final Map<String, long[]> counters = new HashMap<>();
        Long requestLimit;
        boolean known = true;
        boolean down;
        int opened;

        @Override
        public void open(String tenantId, String period) {
            if (known && counters.putIfAbsent(tenantId + "|" + period, new long[2]) == null) {
                opened++;
            }
        }

        @Override
        public Optional<QuotaUse> reserve(Reservation r) {
            if (down) {
                throw new IllegalStateException("Connection refused");
            }
            long[] c = counters.get(r.tenantId() + "|" + r.period());
            if (c == null) {
                return Optional.empty();
            }
            boolean fits = requestLimit == null || c[0] + 1 <= requestLimit;
            if (fits) {
                c[0]++;
                c[1] += r.tokens();
            }
            return Optional.of(new QuotaUse(fits, c[0], c[1], BigDecimal.ZERO, requestLimit, null, null));
        }

        @Override
        public Optional<QuotaUse> read(String tenantId, String period) {
            long[] c = counters.get(tenantId + "|" + period);
            return Optional.ofNullable(c)
                    .map(x -> new QuotaUse(true, x[0], x[1], BigDecimal.ZERO, requestLimit, null, null));
        }
    }
}
