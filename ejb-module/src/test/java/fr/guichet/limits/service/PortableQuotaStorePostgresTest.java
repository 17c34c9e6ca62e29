package fr.guichet.limits.service;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The portable quota store (JPA) held to the contract on PostgreSQL. Runs when the suite runs with DB_KIND=postgres. */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgres")
class PortableQuotaStorePostgresTest extends QuotaStoreContract {

    private PostgresContractDatabase database;
    private EntityManagerFactory factory;
    private PortableQuotaStore store;

    @BeforeEach
    void database() throws SQLException {
        database = new PostgresContractDatabase();
        factory = database.jpa();
        store = new PortableQuotaStore();
        store.ledger = new LocalLedger(factory);
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
