package fr.guichet.notify.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.domain.MailStatus;
import fr.guichet.notify.domain.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The mail outbox. Runs inside the caller's transaction. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    /** Deletes every mail of the tenant, sent or not: their recipients and texts are personal data. */
    public int deleteOfTenant(String tenantId) {
        return em.createQuery("delete from OutboxMail m where m.tenantId = :tenant")
                .setParameter("tenant", tenantId)
                .executeUpdate();
    }

    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    public Optional<OutboxMail> find(String id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** Ids of the mails due to be sent at {@code now} and held by no worker, oldest first. */
    public List<String> due(Instant now, int limit) {
        return em.createQuery(
                        "select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now"
                                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.createdAt",
                        String.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the mail for one worker until {@code until}, unless it is sent, not due, or held by another: one update
     * that only one server's transaction can win.
     */
    public boolean claim(String id, Instant now, Instant until) {
        return em.createQuery("update OutboxMail m set m.claimedUntil = :until where m.id = :id"
                                + " and m.status = :pending and m.nextAttemptAt <= :now"
                                + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                        .setParameter("until", until)
                        .setParameter("id", id)
                        .setParameter("pending", MailStatus.PENDING)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Every pending mail due now that does not say so yet records why it waits. */
    public int holdDue(String reason, Instant now) {
        return em.createQuery("update OutboxMail m set m.lastError = :reason where m.status = :pending"
                        + " and m.nextAttemptAt <= :now and (m.lastError is null or m.lastError <> :reason)"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("reason", reason)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Mails, newest first, narrowed to a status, a kind and a tenant when given. */
    public Page<OutboxMail> search(MailStatus status, MailKind kind, String tenantId, PageRequest page) {
        String where = " where 1 = 1" + (status == null ? "" : " and m.status = :status")
                + (kind == null ? "" : " and m.kind = :kind")
                + (tenantId == null ? "" : " and m.tenantId = :tenant");
        TypedQuery<OutboxMail> query =
                em.createQuery("select m from OutboxMail m" + where + " order by m.createdAt desc", OutboxMail.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMail m" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
            count.setParameter("kind", kind);
        }
        if (tenantId != null) {
            query.setParameter("tenant", tenantId);
            count.setParameter("tenant", tenantId);
        }
        List<OutboxMail> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
