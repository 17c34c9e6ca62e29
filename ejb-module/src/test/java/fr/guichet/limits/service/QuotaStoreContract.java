package fr.guichet.limits.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link QuotaStore} must do, on a real database with Guichet's schema; each store and database runs it
 * by extending this class ({@code PortableQuotaStoreDerbyTest}, {@code PortableQuotaStorePostgresTest},
 * {@code PostgresQuotaStoreTest}).
 */
abstract class QuotaStoreContract {

    static final String PERIOD = "2026-12";
    private final String tenant = UUID.randomUUID().toString();
    private String plan;

    /** The store under test, on a database where the changelog has run. */
    abstract QuotaStore store();

    /** A connection to that database, to set up tenants and plans. */
    abstract Connection connection() throws SQLException;

    private void sql(String statement) throws SQLException {
        try (Connection c = connection();
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** A plan with these limits (null: none) and the tenant on it. */
    void tenantOnPlan(Long requests, Long tokens, String spendCap) throws SQLException {
        plan = UUID.randomUUID().toString();
        sql("insert into plan (id, code, name, monthly_price_eur, requests_per_minute, requests_per_month, "
                + "tokens_per_month, spend_cap_eur, enabled, created_at, updated_at, version) values ('" + plan
                + "', 'c" + plan.substring(0, 8) + "', 'Contract', 0, 1000, " + requests + ", " + tokens + ", "
                + spendCap + ", true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        sql("insert into tenant (id, name, slug, contact_email, status, time_zone, created_at, updated_at, version, "
                + "plan_id) values ('" + tenant + "', 'Contract', 's" + tenant.substring(0, 8)
                + "', 'c@example.com', 'ACTIVE', 'UTC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, '" + plan + "')");
    }

    private Reservation reservation(long tokens, String cost) {
        return new Reservation(tenant, PERIOD, tokens, new BigDecimal(cost));
    }

    @Test
    @DisplayName("a period without counters reserves nothing until opened; opening again keeps the counters")
    void opening() throws SQLException {
        tenantOnPlan(10L, null, null);
        QuotaStore store = store();
        assertThat(store.reserve(reservation(5, "0.01"))).isEmpty();
        assertThat(store.read(tenant, PERIOD)).isEmpty();
        store.open(tenant, PERIOD);
        assertThat(store.reserve(reservation(5, "0.01"))).map(QuotaUse::granted).contains(true);
        store.open(tenant, PERIOD);
        assertThat(store.read(tenant, PERIOD)).map(QuotaUse::requests).contains(1L);
    }

    @Test
    @DisplayName("each quota grants exactly what fits, and a refusal leaves the counters as they stand")
    void limits() throws SQLException {
        tenantOnPlan(3L, 100L, "1.00");
        QuotaStore store = store();
        store.open(tenant, PERIOD);
        QuotaUse first = store.reserve(reservation(60, "0.50")).orElseThrow();
        assertThat(first.granted()).isTrue();
        assertThat(first.requests()).isEqualTo(1);
        assertThat(first.tokens()).isEqualTo(60);
        assertThat(first.costEur()).isEqualByComparingTo("0.50");
        assertThat(first.requestLimit()).isEqualTo(3);
        assertThat(first.tokenLimit()).isEqualTo(100);
        assertThat(first.spendCapEur()).isEqualByComparingTo("1.00");

        QuotaUse tooManyTokens = store.reserve(reservation(41, "0.01")).orElseThrow();
        assertThat(tooManyTokens.granted()).isFalse();
        assertThat(tooManyTokens.tokens()).isEqualTo(60);
        QuotaUse tooDear = store.reserve(reservation(1, "0.51")).orElseThrow();
        assertThat(tooDear.granted()).isFalse();
        assertThat(store.reserve(reservation(40, "0.50")).orElseThrow().granted())
                .isTrue();
        assertThat(store.reserve(reservation(0, "0")).orElseThrow().granted()).isTrue();
        QuotaUse fourth = store.reserve(reservation(0, "0")).orElseThrow();
        assertThat(fourth.granted()).isFalse();
        assertThat(store.read(tenant, PERIOD).orElseThrow())
                .extracting(QuotaUse::requests, QuotaUse::tokens)
                .containsExactly(3L, 100L);
    }

    @Test
    @DisplayName("a plan change applies to the very next reservation; a tenant without a plan has no limit")
    void planChange() throws SQLException {
        tenantOnPlan(1L, null, null);
        QuotaStore store = store();
        store.open(tenant, PERIOD);
        assertThat(store.reserve(reservation(1, "0")).orElseThrow().granted()).isTrue();
        assertThat(store.reserve(reservation(1, "0")).orElseThrow().granted()).isFalse();
        sql("update plan set requests_per_month = 2 where id = '" + plan + "'");
        assertThat(store.reserve(reservation(1, "0")).orElseThrow().granted()).isTrue();
        sql("update tenant set plan_id = null where id = '" + tenant + "'");
        QuotaUse unlimited = store.reserve(reservation(1_000_000, "999.00")).orElseThrow();
        assertThat(unlimited.granted()).isTrue();
        assertThat(unlimited.requestLimit()).isNull();
    }

    @Test
    @DisplayName("32 concurrent reservations against a quota of 20: exactly 20 granted, the counters say 20")
    void concurrent() throws Exception {
        tenantOnPlan(20L, null, null);
        QuotaStore store = store();
        store.open(tenant, PERIOD);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<QuotaUse>>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> store.reserve(reservation(10, "0.001")));
            }
            long granted = 0;
            for (Future<Optional<QuotaUse>> result : pool.invokeAll(calls)) {
                granted += result.get().orElseThrow().granted() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(store.read(tenant, PERIOD).orElseThrow())
                .extracting(QuotaUse::requests, QuotaUse::tokens)
                .containsExactly(20L, 200L);
    }
}
