package fr.guichet.billing.repository;

import fr.guichet.billing.domain.CompanyProfile;
import fr.guichet.billing.domain.CreditBalance;
import fr.guichet.billing.domain.NumberSeries;
import fr.guichet.billing.domain.PlanPricing;
import fr.guichet.common.persistence.RowExists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The single-row and per-key records of billing: the company profile, plan pricing, number series and credit
 * balances. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class BillingSettingsRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public Optional<CompanyProfile> company() {
        return Optional.ofNullable(em.find(CompanyProfile.class, CompanyProfile.ID));
    }

    public void add(CompanyProfile profile) {
        em.persist(profile);
    }

    public Optional<PlanPricing> pricing(String planId) {
        return Optional.ofNullable(em.find(PlanPricing.class, planId));
    }

    public void add(PlanPricing pricing) {
        em.persist(pricing);
    }

    /** The series, its row locked until the transaction ends: numbers are taken one at a time across servers. */
    public Optional<NumberSeries> lockSeries(String series) {
        return Optional.ofNullable(em.find(NumberSeries.class, series, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Creates the series (its first use in a year); {@link RowExists} when another server just created it. */
    public void createSeries(String series) {
        RowExists.insert("number series " + series, () -> {
            em.persist(new NumberSeries(series));
            em.flush();
        });
    }

    /** The tenant's credit balance, its row locked until the transaction ends; empty when it never had one. */
    public Optional<CreditBalance> lockCredit(String tenantId) {
        return Optional.ofNullable(em.find(CreditBalance.class, tenantId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Creates an empty credit balance; {@link RowExists} when another transaction just created it. */
    public void createCredit(String tenantId) {
        RowExists.insert("credit balance of " + tenantId, () -> {
            em.persist(new CreditBalance(tenantId));
            em.flush();
        });
    }

    public Optional<CreditBalance> creditOf(String tenantId) {
        return Optional.ofNullable(em.find(CreditBalance.class, tenantId));
    }

    public java.util.Optional<fr.guichet.billing.domain.BillingRun> run(String month) {
        return Optional.ofNullable(
                em.find(fr.guichet.billing.domain.BillingRun.class, month, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Claims the run of a month; {@link RowExists} when another server claimed it first. */
    public void claim(fr.guichet.billing.domain.BillingRun run) {
        RowExists.insert("billing run " + run.month(), () -> {
            em.persist(run);
            em.flush();
        });
    }
}
