package fr.guichet.tenancy.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.persistence.LikePattern;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tenants in the database. Runs inside the caller's transaction. */
@ApplicationScoped
public class TenantRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    public Optional<Tenant> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Tenant.class, id));
    }

    /** The tenant, its row locked until the transaction ends (changes that must take turns per tenant). */
    public Optional<Tenant> findForUpdate(String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(Tenant.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Tenant> findBySlug(String slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Tenants matching an optional status and an optional text (in name, slug or contact e-mail), newest first. */
    public Page<Tenant> search(TenantStatus status, String text, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and t.status = :status");
        }
        String pattern = LikePattern.contains(text);
        if (!pattern.isEmpty()) {
            where.append(" and (lower(t.name) like :text" + LikePattern.ESCAPE + " or t.slug like :text"
                    + LikePattern.ESCAPE + " or t.contactEmail like :text" + LikePattern.ESCAPE + ")");
        }
        TypedQuery<Tenant> items =
                em.createQuery("select t from Tenant t" + where + " order by t.createdAt desc, t.id", Tenant.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (!pattern.isEmpty()) {
                q.setParameter("text", pattern);
            }
        }
        return new Page<>(
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }

    /** Tenants in trial whose trial ends before {@code until} (or has ended), the soonest first. */
    public Page<Tenant> trialsEndingBefore(Instant until, PageRequest page) {
        String where = " where t.status = :trial and t.trialEndsAt is not null and t.trialEndsAt < :until";
        TypedQuery<Tenant> items =
                em.createQuery("select t from Tenant t" + where + " order by t.trialEndsAt, t.id", Tenant.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("trial", TenantStatus.TRIAL).setParameter("until", until);
        }
        return new Page<>(
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }

    /** How many tenants are in each status (statuses without any are absent), in one read. */
    public java.util.Map<TenantStatus, Long> countByStatus() {
        java.util.Map<TenantStatus, Long> counts = new java.util.EnumMap<>(TenantStatus.class);
        for (Object[] row : em.createQuery("select t.status, count(t) from Tenant t group by t.status", Object[].class)
                .getResultList()) {
            counts.put((TenantStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
