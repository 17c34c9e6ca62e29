package fr.guichet.limits.service;

import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The quota counters on PostgreSQL: a reservation is one autocommitted {@code UPDATE … RETURNING}, batched per
 * tenant ({@link DirectQuotaLedger}); only a reservation that was not taken reads the counters, to tell a quota used
 * up from a period without counters. Opening and reading are the portable store's.
 */
@ApplicationScoped
@Typed(PostgresQuotaStore.class)
public class PostgresQuotaStore extends PortableQuotaStore {

    @Inject
    DirectQuotaLedger direct;

    @Override
    public Optional<QuotaUse> reserve(Reservation reservation) {
        Optional<QuotaUse> granted = direct.reserve(reservation);
        if (granted.isPresent()) {
            return granted;
        }
        return ledger.read(reservation.tenantId(), reservation.period()).map(QuotaUse::refused);
    }
}
