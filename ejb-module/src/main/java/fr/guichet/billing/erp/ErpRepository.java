package fr.guichet.billing.erp;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The sync's rows: settings, queues, tasks and links. Runs inside the caller's transaction. */
@ApplicationScoped
public class ErpRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public Optional<ErpSettings> settings() {
        return Optional.ofNullable(em.find(ErpSettings.class, ErpSettings.ID));
    }

    public void add(ErpSettings settings) {
        em.persist(settings);
    }

    public void remove(ErpSettings settings) {
        em.remove(settings);
    }

    public Optional<ErpQueue> queue(String tenantId) {
        return Optional.ofNullable(em.find(ErpQueue.class, tenantId));
    }

    /** The tenant's queue, its row locked until the transaction ends: tasks take their positions one at a time. */
    public Optional<ErpQueue> lockQueue(String tenantId) {
        return Optional.ofNullable(em.find(ErpQueue.class, tenantId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(ErpQueue queue) {
        em.persist(queue);
        em.flush();
    }

    public void add(ErpTask task) {
        em.persist(task);
    }

    public Optional<ErpTask> task(String id) {
        return Optional.ofNullable(em.find(ErpTask.class, id));
    }

    /** Whether the subject has a task not yet sent (so one more would change nothing). */
    public boolean pendingFor(ErpTaskKind kind, String subjectId) {
        return !em.createQuery(
                        "select t.id from ErpTask t where t.kind = :kind and t.subjectId = :subject"
                                + " and t.status = :pending and t.attempts = 0",
                        String.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setParameter("pending", ErpTaskStatus.PENDING)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Tenants whose first task not done is pending and due now, and whose queue no server holds, longest waiting
     * first: a tenant held by a stopped task or waiting for its next attempt takes no place in a round.
     */
    public List<String> dueTenants(Instant now, int limit) {
        return em.createQuery(
                        "select t.tenantId from ErpTask t, ErpQueue q where q.tenantId = t.tenantId"
                                + " and t.status = :pending and t.nextAttemptAt <= :now"
                                + " and (q.claimedUntil is null or q.claimedUntil < :now)"
                                + " and t.seq = (select min(h.seq) from ErpTask h where h.tenantId = t.tenantId"
                                + " and h.status <> :done) order by t.nextAttemptAt",
                        String.class)
                .setParameter("pending", ErpTaskStatus.PENDING)
                .setParameter("done", ErpTaskStatus.DONE)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the tenant's queue for the server {@code by} until {@code until}, or keeps it if that server holds it:
     * one update that only one server can win.
     */
    public boolean claim(String tenantId, String by, Instant now, Instant until) {
        return em.createQuery("update ErpQueue q set q.claimedUntil = :until, q.claimedBy = :by"
                                + " where q.tenantId = :tenant"
                                + " and (q.claimedUntil is null or q.claimedUntil < :now or q.claimedBy = :by)")
                        .setParameter("until", until)
                        .setParameter("by", by)
                        .setParameter("tenant", tenantId)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Lets the queue go, if {@code by} still holds it. */
    public void release(String tenantId, String by) {
        em.createQuery("update ErpQueue q set q.claimedUntil = null, q.claimedBy = null where q.tenantId = :tenant"
                        + " and q.claimedBy = :by")
                .setParameter("tenant", tenantId)
                .setParameter("by", by)
                .executeUpdate();
    }

    /** Every task not done sent again now; how many. */
    public int retryAll(Instant now) {
        return em.createQuery("update ErpTask t set t.status = :pending, t.nextAttemptAt = :now,"
                        + " t.version = t.version + 1 where t.status <> :done")
                .setParameter("pending", ErpTaskStatus.PENDING)
                .setParameter("done", ErpTaskStatus.DONE)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The tenant's first task not done, in queue order: the only one that may be sent. */
    public Optional<ErpTask> head(String tenantId) {
        return em
                .createQuery(
                        "select t from ErpTask t where t.tenantId = :tenant and t.status <> :done order by t.seq",
                        ErpTask.class)
                .setParameter("tenant", tenantId)
                .setParameter("done", ErpTaskStatus.DONE)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Tasks not done (pending or stopped), oldest first, of one tenant when given. */
    public Page<ErpTask> notDone(String tenantId, PageRequest page) {
        String where = " where t.status <> :done" + (tenantId == null ? "" : " and t.tenantId = :tenant");
        var query = em.createQuery("select t from ErpTask t" + where + " order by t.createdAt, t.seq", ErpTask.class)
                .setParameter("done", ErpTaskStatus.DONE);
        var count = em.createQuery("select count(t) from ErpTask t" + where, Long.class)
                .setParameter("done", ErpTaskStatus.DONE);
        if (tenantId != null) {
            query.setParameter("tenant", tenantId);
            count.setParameter("tenant", tenantId);
        }
        List<ErpTask> items = query.setFirstResult(page.page() * page.size())
                .setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** The latest task of each of these subjects. */
    public List<ErpTask> tasksOf(Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from ErpTask t where t.subjectId in :subjects order by t.seq", ErpTask.class)
                .setParameter("subjects", subjectIds)
                .getResultList();
    }

    public long countNotDone() {
        return em.createQuery("select count(t) from ErpTask t where t.status <> :done", Long.class)
                .setParameter("done", ErpTaskStatus.DONE)
                .getSingleResult();
    }

    public Optional<ErpLink> link(ErpTaskKind kind, String subjectId) {
        return Optional.ofNullable(em.find(ErpLink.class, ErpLink.id(kind, subjectId)));
    }

    public List<ErpLink> links(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from ErpLink l where l.id in :ids", ErpLink.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public void add(ErpLink link) {
        em.persist(link);
    }

    /** Invoices and credit notes issued in [from, to], by number. */
    public List<fr.guichet.billing.domain.Invoice> issuedIn(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery(
                        "select i from Invoice i where i.issueDate is not null and i.issueDate >= :from"
                                + " and i.issueDate <= :to order by i.number",
                        fr.guichet.billing.domain.Invoice.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Payments received in [from, to]. */
    public List<fr.guichet.billing.domain.Payment> paymentsIn(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery(
                        "select p from Payment p where p.receivedOn >= :from and p.receivedOn <= :to"
                                + " order by p.receivedOn, p.recordedAt",
                        fr.guichet.billing.domain.Payment.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The subjects among these with a task not done (queued or stopped): known to be not in Dolibarr yet. */
    public java.util.Set<String> notDoneAmong(Collection<String> subjectIds) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> ids = List.copyOf(subjectIds);
        for (int i = 0; i < ids.size(); i += 500) {
            found.addAll(em.createQuery(
                            "select t.subjectId from ErpTask t where t.status <> :done and t.subjectId in :ids",
                            String.class)
                    .setParameter("done", ErpTaskStatus.DONE)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .getResultList());
        }
        return found;
    }

    /** Written at once: its differences refer to it, and nothing orders their inserts after it otherwise. */
    public void add(ErpReconciliation reconciliation) {
        em.persist(reconciliation);
        em.flush();
    }

    public void add(ErpDifference difference) {
        em.persist(difference);
    }

    public Page<ErpReconciliation> reconciliations(PageRequest page) {
        List<ErpReconciliation> items = em.createQuery(
                        "select r from ErpReconciliation r order by r.ranAt desc", ErpReconciliation.class)
                .setFirstResult(page.page() * page.size())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(r) from ErpReconciliation r", Long.class)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public List<ErpDifference> differences(String reconciliationId) {
        return em.createQuery(
                        "select d from ErpDifference d where d.reconciliationId = :id order by d.position",
                        ErpDifference.class)
                .setParameter("id", reconciliationId)
                .getResultList();
    }
}
