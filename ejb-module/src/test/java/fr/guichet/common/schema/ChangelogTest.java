package fr.guichet.common.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The changelog on a fresh database: everything applies once, and applying it again changes nothing. Runs on
 * embedded Derby always, and on PostgreSQL when the suite runs with DB_KIND=postgres.
 */
class ChangelogTest {

    private final Changelog changelog = new Changelog(getClass().getClassLoader());

    @Test
    @DisplayName("on Derby the changelog applies once; a second run applies nothing and changes no column")
    void derbyTwice() throws SQLException {
        String url = "jdbc:derby:memory:changelog-" + UUID.randomUUID() + ";create=true";
        try (Connection connection = DriverManager.getConnection(url)) {
            assertAppliesOnceThenNothing(connection, null);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgres")
    @DisplayName("on PostgreSQL the changelog applies once; a second run applies nothing and changes no column")
    void postgresTwice() throws SQLException {
        String schema =
                "changelog_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = "jdbc:postgresql://" + env("DB_HOST", "localhost") + ":" + env("DB_PORT", "5432") + "/"
                + env("DB_NAME", "guichet");
        try (Connection admin = DriverManager.getConnection(base, env("DB_USER", "guichet"), env("DB_PASSWORD", ""));
                Statement st = admin.createStatement()) {
            st.execute("create schema " + schema);
            try (Connection connection = DriverManager.getConnection(
                    base + "?currentSchema=" + schema, env("DB_USER", "guichet"), env("DB_PASSWORD", ""))) {
                assertAppliesOnceThenNothing(connection, schema);
            } finally {
                st.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private void assertAppliesOnceThenNothing(Connection connection, String schema) throws SQLException {
        int first = changelog.update(connection);
        assertThat(first).isPositive();
        List<String> columns = columns(connection, schema);
        assertThat(columns)
                .anyMatch(c -> c.startsWith("tenant.slug:"))
                .anyMatch(c -> c.startsWith("user_account.password_hash:"));

        assertThat(changelog.pending(connection)).isZero();
        assertThat(changelog.update(connection)).isZero();
        assertThat(columns(connection, schema)).isEqualTo(columns);
        assertThat(count(connection, "select count(*) from databasechangelog")).isEqualTo(first);
    }

    private static List<String> columns(Connection connection, String schema) throws SQLException {
        List<String> result = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("sys") && !table.startsWith("databasechangelog")) {
                    result.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + ":"
                            + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT) + ":" + rs.getInt("COLUMN_SIZE"));
                }
            }
        }
        result.sort(null);
        return result;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
