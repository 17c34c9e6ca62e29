package fr.guichet.billing.repository;

import fr.guichet.billing.domain.Dunning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The dunning of unpaid invoices. Runs inside the caller's transaction. */
@ApplicationScoped
public class DunningRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Dunning dunning) {
        em.persist(dunning);
        em.flush();
    }

    public Optional<Dunning> forInvoice(String invoiceId) {
        return em.createQuery("select d from Dunning d where d.invoiceId = :id", Dunning.class)
                .setParameter("id", invoiceId)
                .getResultStream()
                .findFirst();
    }

    public Optional<Dunning> find(String id) {
        return Optional.ofNullable(em.find(Dunning.class, id));
    }

    public void flush() {
        em.flush();
    }

    public Optional<Dunning> findForUpdate(String id) {
        return Optional.ofNullable(em.find(Dunning.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<String> activeIds() {
        return em.createQuery("select d.id from Dunning d where d.active = :active", String.class)
                .setParameter("active", true)
                .getResultList();
    }

    public long activeCount(String tenantId) {
        return em.createQuery(
                        "select count(d) from Dunning d where d.tenantId = :tenant and d.active = :active", Long.class)
                .setParameter("tenant", tenantId)
                .setParameter("active", true)
                .getSingleResult();
    }

    /**
     * Running dunnings, the oldest first: steps fall on days counted from the start, so the oldest is the closest to
     * suspension or cancellation.
     */
    public List<Dunning> active(int limit) {
        return em.createQuery(
                        "select d from Dunning d where d.active = :active"
                                + " order by d.startedOn, d.stepsDone desc, d.createdAt",
                        Dunning.class)
                .setParameter("active", true)
                .setMaxResults(limit)
                .getResultList();
    }

    public long activeCount() {
        return em.createQuery("select count(d) from Dunning d where d.active = :active", Long.class)
                .setParameter("active", true)
                .getSingleResult();
    }

    public List<Dunning> ofTenant(String tenantId) {
        return em.createQuery(
                        "select d from Dunning d where d.tenantId = :tenant order by d.createdAt desc", Dunning.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    /** Issued invoices still owing something past their due date, with no dunning yet. */
    public List<String> overdueWithoutDunning(LocalDate today, int limit) {
        return em.createQuery(
                        "select i.id from Invoice i where i.issueDate is not null"
                                + " and i.kind = fr.guichet.billing.domain.InvoiceKind.INVOICE"
                                + " and " + InvoiceRepository.BALANCE + " > 0 and i.dueDate < :today"
                                + " and not exists (select d.id from Dunning d where d.invoiceId = i.id)",
                        String.class)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }
}
