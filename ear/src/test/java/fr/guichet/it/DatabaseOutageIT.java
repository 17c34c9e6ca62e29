package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for a while (PostgreSQL refuses every connection to Guichet's database and ends the
 * open ones): authenticated calls are never turned into 401s, what cannot be decided answers 503 with
 * Retry-After, readiness goes DOWN, and both servers recover on their own when the database returns.
 */
class DatabaseOutageIT {

    private static final String ADMIN_URL = System.getProperty("guichet.db.url");
    private static final String DB = System.getProperty("guichet.db.name");
    private static final String USER = System.getProperty("guichet.db.user");
    private static final String PASSWORD = System.getProperty("guichet.db.password", "");

    private static ChatFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
        fixture.awaitServing(TwoServersIT.BASE_B);
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    private static void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static Api.Reply chat(String base, String secret) {
        return Api.at(base)
                .header("Authorization", "Bearer " + secret)
                .post(
                        "/v1/chat/completions",
                        Map.of("model", MODEL, "messages", List.of(Map.of("role", "user", "content", "Hello"))));
    }

    @Test
    @DisplayName("during an outage: 503 + Retry-After (never 401), readiness DOWN; afterwards both servers answer "
            + "again without a restart")
    void outage() throws Exception {
        String secret = fixture.key().secret();
        String unknown = "gk_live_" + "B".repeat(40);
        assertThat(chat(Api.BASE, secret).status()).isEqualTo(200);
        assertThat(chat(TwoServersIT.BASE_B, secret).status()).isEqualTo(200);
        try {
            admin(
                    "ALTER DATABASE " + DB + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DB + "'");
            for (String base : List.of(Api.BASE, TwoServersIT.BASE_B)) {
                for (String key : List.of(secret, unknown)) {
                    Api.Reply reply = chat(base, key);
                    assertThat(reply.status()).as(base + " " + reply).isEqualTo(503);
                    assertThat(reply.json().at("/error/code").asText()).isEqualTo("service_unavailable");
                    assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
                }
                Api.Reply ready = Api.at(base).get("/health/ready");
                assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
            }
        } finally {
            admin("ALTER DATABASE " + DB + " ALLOW_CONNECTIONS true");
        }
        for (String base : List.of(Api.BASE, TwoServersIT.BASE_B)) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> chat(base, secret).status() == 200);
            assertThat(Api.at(base).get("/health/ready").status()).isEqualTo(200);
            assertThat(chat(base, unknown).status())
                    .as("an unknown key is told apart again")
                    .isEqualTo(401);
        }
    }
}
