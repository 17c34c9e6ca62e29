package fr.guichet.billing.repository;

import fr.guichet.billing.domain.Subscription;
import fr.guichet.billing.domain.SubscriptionChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Subscriptions and their history of plans. Runs inside the caller's transaction. */
@ApplicationScoped
public class SubscriptionRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Subscription subscription) {
        em.persist(subscription);
    }

    public void add(SubscriptionChange change) {
        em.persist(change);
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(em.find(Subscription.class, id));
    }

    /** The subscription, its row locked until the transaction ends (the run and a change of plan take turns). */
    public Optional<Subscription> findForUpdate(String id) {
        return Optional.ofNullable(em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The tenant's latest subscription (a tenant may subscribe again after one ended). */
    public Optional<Subscription> findByTenant(String tenantId) {
        return em.createQuery(
                        "select s from Subscription s where s.tenantId = :tenant order by s.createdAt desc",
                        Subscription.class)
                .setParameter("tenant", tenantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Subscriptions, newest first, narrowed to a status and a plan when given. */
    public fr.guichet.common.domain.Page<Subscription> search(
            fr.guichet.billing.domain.SubscriptionStatus status,
            String planId,
            fr.guichet.common.domain.PageRequest page) {
        String where = " where 1 = 1" + (status == null ? "" : " and s.status = :status")
                + (planId == null ? "" : " and s.planId = :plan");
        jakarta.persistence.TypedQuery<Subscription> query = em.createQuery(
                "select s from Subscription s" + where + " order by s.createdAt desc, s.id", Subscription.class);
        jakarta.persistence.TypedQuery<Long> count =
                em.createQuery("select count(s) from Subscription s" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (planId != null) {
            query.setParameter("plan", planId);
            count.setParameter("plan", planId);
        }
        List<Subscription> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new fr.guichet.common.domain.Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** Ids of subscriptions after {@code afterId} (keyset paging over every subscription), at most {@code limit}. */
    public List<String> idsAfter(String afterId, int limit) {
        return em.createQuery("select s.id from Subscription s where s.id > :after order by s.id", String.class)
                .setParameter("after", afterId == null ? "" : afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The steps of one subscription, oldest first. */
    public List<SubscriptionChange> changes(String subscriptionId) {
        return em.createQuery(
                        "select c from SubscriptionChange c where c.subscriptionId = :id"
                                + " order by c.effectiveOn, c.createdAt",
                        SubscriptionChange.class)
                .setParameter("id", subscriptionId)
                .getResultList();
    }

    /**
     * Ids of subscriptions that may have something to apply by {@code day}: a trial over, a waiting change of plan,
     * an end reached. {@code day} should be the latest "today" of any zone; the subscription decides in its own.
     */
    public List<String> toAdvance(java.time.LocalDate day, int limit) {
        return em.createQuery(
                        "select s.id from Subscription s where s.status <> fr.guichet.billing.domain.SubscriptionStatus.CANCELLED"
                                + " and ((s.status = fr.guichet.billing.domain.SubscriptionStatus.TRIALING and s.billingFrom <= :day)"
                                + " or s.pendingFrom <= :day or s.endsOn <= :day) order by s.id",
                        String.class)
                .setParameter("day", day)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every subscription that started on or before {@code day} and had not ended before it, with its steps. */
    public List<Subscription> runningOn(java.time.LocalDate day) {
        return em.createQuery(
                        "select s from Subscription s where s.startedOn <= :day and (s.endsOn is null or s.endsOn > :day)",
                        Subscription.class)
                .setParameter("day", day)
                .getResultList();
    }

    /** The steps of every subscription, oldest first (stats). */
    public List<SubscriptionChange> allChanges() {
        return em.createQuery(
                        "select c from SubscriptionChange c order by c.subscriptionId, c.effectiveOn, c.createdAt",
                        SubscriptionChange.class)
                .getResultList();
    }
}
