package fr.guichet.limits.service;

import fr.guichet.common.persistence.DirectStatements;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * PostgreSQL's own quota store (batched {@code UPDATE … RETURNING}) held to the same contract. Runs when the suite
 * runs with DB_KIND=postgres.
 */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgres")
class PostgresQuotaStoreTest extends QuotaStoreContract {

    private PostgresContractDatabase database;
    private EntityManagerFactory factory;
    private PostgresQuotaStore store;

    @BeforeEach
    void database() throws SQLException {
        database = new PostgresContractDatabase();
        factory = database.jpa();
        store = new PostgresQuotaStore();
        store.ledger = new LocalLedger(factory);
        store.direct = new DirectQuotaLedger();
        store.direct.direct = new DirectStatements() {
            @Override
            public Optional<DataSource> postgres() {
                return Optional.of(database.source);
            }
        };
    }

    @AfterEach
    void close() throws SQLException {
        factory.close();
        database.close();
    }

    @Override
    QuotaStore store() {
        return store;
    }

    @Override
    Connection connection() throws SQLException {
        return database.source.getConnection();
    }
}
