package fr.guichet.limits.service;

import fr.guichet.common.persistence.DirectStatements;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * PostgreSQL's own quota store (batched {@code UPDATE … RETURNING}) held to the same contract. Runs when the suite
 * runs with DB_KIND=postgres.
 */
@EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgres")
class PostgresQuotaStoreTest extends PostgresContract {

    @Override
    QuotaStore store(LocalLedger ledger) {
        PostgresQuotaStore store = new PostgresQuotaStore();
        store.ledger = ledger;
        store.direct = new DirectQuotaLedger();
        store.direct.direct = new DirectStatements() {
            @Override
            public Optional<DataSource> postgres() {
                return Optional.of(source);
            }
        };
        return store;
    }
}
