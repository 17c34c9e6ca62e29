package fr.guichet.metering.service;

import fr.guichet.limits.domain.QuotaSettlement;
import fr.guichet.limits.service.QuotaLedger;
import fr.guichet.metering.domain.UsageEvent;
import fr.guichet.metering.domain.UsageRecord;
import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.repository.UsageRepository;
import fr.guichet.metering.repository.UsageRollupRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Writes usage events, exactly once per request id, in a transaction of their own so that metering never
 * depends on the fate of the caller's. A second record of the same request id is ignored here; a concurrent
 * one is stopped by the unique index (the caller then gets an EJBException and must treat it as recorded).
 * The call is added to the usage rollups in the same transaction.
 */
@Stateless
public class UsageRecorder {

    @Inject
    UsageRepository usage;

    @Inject
    UsageRollupRepository rollups;

    @Inject
    QuotaLedger quotas;

    @Inject
    TenancyConfig config;

    /**
     * Records the call, adds it to the rollups and settles its quota reservation ({@code settlement}, empty: none)
     * in one transaction: all happen, once, or none. Returns false when that request id was already recorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(UsageRecord record, Optional<QuotaSettlement> settlement) {
        if (usage.exists(record.requestId())) {
            return false;
        }
        usage.add(new UsageEvent(record));
        rollups.add(UsageRollup.DayKey.of(record, config.zone()), UsageRollup.of(record));
        settlement.ifPresent(quotas::settle);
        return true;
    }
}
