package fr.guichet.limits.service;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The portable quota store (JPA) held to the contract on PostgreSQL. Runs when the suite runs with DB_KIND=postgres. */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgres")
class PortableQuotaStorePostgresTest extends PostgresContract {

    @Override
    QuotaStore store(LocalLedger ledger) {
        PortableQuotaStore store = new PortableQuotaStore();
        store.ledger = ledger;
        return store;
    }
}
