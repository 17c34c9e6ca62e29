package fr.guichet.limits.service;

import fr.guichet.common.schema.Changelog;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The contract on the suite's PostgreSQL (the DB_* variables): each test in a schema of its own with Guichet's
 * tables, dropped after; the store under test is built on it by {@link #store(LocalLedger)}.
 */
abstract class PostgresContract extends QuotaStoreContract {

    final PGSimpleDataSource source = new PGSimpleDataSource();
    private final String schema =
            "quota_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String url;
    private EntityManagerFactory factory;
    private QuotaStore store;

    /** The store under test, its JPA ledger given. */
    abstract QuotaStore store(LocalLedger ledger);

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:postgresql://" + env("DB_HOST", "localhost") + ":" + env("DB_PORT", "5432") + "/"
                + env("DB_NAME", "guichet");
        source.setUrl(url);
        source.setUser(env("DB_USER", "guichet"));
        source.setPassword(env("DB_PASSWORD", ""));
        execute("create schema " + schema);
        source.setCurrentSchema(schema);
        try (Connection connection = source.getConnection()) {
            new Changelog(getClass().getClassLoader()).update(connection);
        }
        factory = Persistence.createEntityManagerFactory(
                "contract",
                Map.of(
                        "jakarta.persistence.jdbc.driver",
                        "org.postgresql.Driver",
                        "jakarta.persistence.jdbc.url",
                        url + "?currentSchema=" + schema,
                        "jakarta.persistence.jdbc.user",
                        source.getUser(),
                        "jakarta.persistence.jdbc.password",
                        env("DB_PASSWORD", "")));
        store = store(new LocalLedger(factory));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = source.getConnection();
                Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    QuotaStore store() {
        return store;
    }

    @Override
    Connection connection() throws SQLException {
        return source.getConnection();
    }

    @AfterEach
    void drop() throws SQLException {
        factory.close();
        source.setCurrentSchema(null);
        execute("drop schema " + schema + " cascade");
    }
}
