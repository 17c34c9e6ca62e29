package fr.guichet.limits.service;

import fr.guichet.common.persistence.RowExists;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.Reservation;
import java.util.Optional;

/**
 * The monthly quota counters, kept exact by the database for any number of servers: one contract, two stores chosen
 * once at start-up ({@link QuotaStores}): {@link PostgresQuotaStore} (one autocommitted statement, batched per
 * tenant) and {@link PortableQuotaStore} (JPA, any database). {@code QuotaStoreContract} holds each to this contract
 * on a real database (the portable store on Derby and PostgreSQL, PostgreSQL's own on PostgreSQL).
 */
public interface QuotaStore {

    /**
     * Creates the tenant's counters for the period, at zero, unless they exist.
     *
     * @throws RowExists when a concurrent call created them first
     */
    void open(String tenantId, String period);

    /**
     * Takes the reservation if every quota of the tenant's plan allows it, atomically: the counters after it
     * ({@link QuotaUse#granted()}), or as they stand when it does not fit. Empty when the period has no counters.
     */
    Optional<QuotaUse> reserve(Reservation reservation);

    /** The counters of a period with the plan's limits; empty when none were kept. */
    Optional<QuotaUse> read(String tenantId, String period);
}
