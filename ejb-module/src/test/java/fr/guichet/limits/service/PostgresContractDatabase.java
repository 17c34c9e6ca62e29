package fr.guichet.limits.service;

import fr.guichet.common.schema.Changelog;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/** A schema of its own on the suite's PostgreSQL (the DB_* variables), with Guichet's tables, dropped after. */
final class PostgresContractDatabase implements AutoCloseable {

    final PGSimpleDataSource source = new PGSimpleDataSource();
    private final String schema =
            "quota_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String url;

    PostgresContractDatabase() throws SQLException {
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

    /** JPA on this schema, for the portable store's ledger. */
    EntityManagerFactory jpa() {
        return Persistence.createEntityManagerFactory(
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
    }

    @Override
    public void close() throws SQLException {
        source.setCurrentSchema(null);
        execute("drop schema " + schema + " cascade");
    }
}
