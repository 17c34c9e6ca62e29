package fr.guichet.common.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Guichet's one Liquibase changelog ({@value #PATH}), the same on Derby and PostgreSQL. Used at start-up by
 * {@link SchemaMigrator} and by tests, which apply it to a fresh database twice.
 */
public final class Changelog {

    public static final String PATH = "db/changelog/guichet.xml";

    private final ClassLoader classLoader;

    public Changelog(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Applies the change sets not yet applied; returns how many were. */
    public int update(Connection connection) throws SQLException {
        return withLiquibase(connection, liquibase -> {
            int pending = liquibase
                    .listUnrunChangeSets(new Contexts(), new LabelExpression())
                    .size();
            if (pending > 0) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
            return pending;
        });
    }

    /** How many change sets the database has not yet applied. */
    public int pending(Connection connection) throws SQLException {
        return withLiquibase(
                connection,
                liquibase -> liquibase
                        .listUnrunChangeSets(new Contexts(), new LabelExpression())
                        .size());
    }

    private interface Work {
        int run(Liquibase liquibase) throws Exception;
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the simplest stable API for update and status
    private int withLiquibase(Connection connection, Work work) throws SQLException {
        Map<String, Object> scope = Map.of(Scope.Attr.classLoader.name(), classLoader);
        boolean autoCommit = connection.getAutoCommit();
        try {
            return Scope.child(scope, () -> {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                // Liquibase must not shut embedded Derby down under the running server (STACK.md trap 9).
                if (database instanceof DerbyDatabase derby) {
                    derby.setShutdownEmbeddedDerby(false);
                }
                Liquibase liquibase = new Liquibase(PATH, new ClassLoaderResourceAccessor(classLoader), database);
                return work.run(liquibase);
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Liquibase failed: " + e.getMessage(), e);
        } finally {
            // Liquibase leaves the connection in manual commit with a read open: end it, restore the mode.
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
