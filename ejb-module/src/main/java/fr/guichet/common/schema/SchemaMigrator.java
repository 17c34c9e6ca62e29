package fr.guichet.common.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date with the Liquibase changelog when the application starts, before
 * anything else touches the database (other start-up beans depend on this one). Running it again on an
 * up-to-date schema changes nothing.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/guichet")
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            int applied = new Changelog(getClass().getClassLoader()).update(connection);
            LOG.log(Level.INFO, "Database schema is up to date ({0} change sets applied now)", applied);
            migrated = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate the database schema: " + e.getMessage(), e);
        }
    }

    /** Whether the changelog ran to the end in this server. */
    public boolean isMigrated() {
        return migrated;
    }
}
