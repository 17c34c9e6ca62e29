package fr.guichet.limits.service;

import fr.guichet.common.schema.Changelog;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The portable quota store (JPA) held to the contract on embedded Derby, the zero-set-up database. */
class PortableQuotaStoreDerbyTest extends QuotaStoreContract {

    private final String url = "jdbc:derby:memory:quota-" + UUID.randomUUID();
    private EntityManagerFactory factory;
    private PortableQuotaStore store;

    @BeforeEach
    void database() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            new Changelog(getClass().getClassLoader()).update(connection);
        }
        factory = Persistence.createEntityManagerFactory(
                "contract",
                Map.of(
                        "jakarta.persistence.jdbc.driver",
                        "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                        "jakarta.persistence.jdbc.url",
                        url));
        store = new PortableQuotaStore();
        store.ledger = new LocalLedger(factory);
    }

    @AfterEach
    void close() {
        factory.close();
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException dropped) {
            // Derby answers a dropped database with an exception
        }
    }

    @Override
    QuotaStore store() {
        return store;
    }

    @Override
    Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
