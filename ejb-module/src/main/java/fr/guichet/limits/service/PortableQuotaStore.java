package fr.guichet.limits.service;

import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Optional;

/** The quota counters through JPA, on any database: each reservation a conditional update in its own transaction. */
@ApplicationScoped
@Typed(PortableQuotaStore.class)
public class PortableQuotaStore implements QuotaStore {

    @Inject
    QuotaLedger ledger;

    @Override
    public void open(String tenantId, String period) {
        ledger.open(tenantId, period);
    }

    @Override
    public Optional<QuotaUse> reserve(Reservation reservation) {
        return ledger.reserve(reservation);
    }

    @Override
    public Optional<QuotaUse> read(String tenantId, String period) {
        return ledger.read(tenantId, period);
    }
}
