package fr.guichet.tenancy.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Users in the database, always looked up within a scope (a tenant, or the operators). */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(UserAccount user) {
        em.persist(user);
    }

    public Optional<UserAccount> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** The user, its row locked until the transaction ends (password changes take turns per user). */
    public Optional<UserAccount> findForUpdate(String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(
                        em.find(UserAccount.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<UserAccount> findInTenant(String tenantId, String userId) {
        return find(userId).filter(u -> tenantId != null && tenantId.equals(u.tenantId()));
    }

    public Optional<UserAccount> findByEmail(String scope, String normalizedEmail) {
        return em.createQuery(
                        "select u from UserAccount u where u.scope = :scope and u.email = :email", UserAccount.class)
                .setParameter("scope", scope)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    public Page<UserAccount> listInTenant(String tenantId, PageRequest page) {
        var items = em.createQuery(
                        "select u from UserAccount u where u.scope = :scope order by u.createdAt, u.id",
                        UserAccount.class)
                .setParameter("scope", tenantId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(u) from UserAccount u where u.scope = :scope", Long.class)
                .setParameter("scope", tenantId)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every user of the tenant, locked (their personal data is about to be erased); in no order (Derby locks none). */
    public java.util.List<UserAccount> allInTenantForUpdate(String tenantId) {
        return em.createQuery("select u from UserAccount u where u.scope = :scope", UserAccount.class)
                .setParameter("scope", tenantId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public long countEnabledAdmins(String tenantId) {
        return em.createQuery(
                        "select count(u) from UserAccount u where u.scope = :scope and u.role = :role"
                                + " and u.enabled = true",
                        Long.class)
                .setParameter("scope", tenantId)
                .setParameter("role", Role.TENANT_ADMIN)
                .getSingleResult();
    }

    public boolean anyOperator() {
        return em.createQuery("select count(u) from UserAccount u where u.scope = :scope", Long.class)
                        .setParameter("scope", UserAccount.OPERATOR_SCOPE)
                        .getSingleResult()
                > 0;
    }

    /**
     * Records a sign-in (when and from where) with one statement that leaves the account's version alone: parallel
     * sign-ins of one account, or an operator editing it meanwhile, must not fail on an optimistic lock.
     */
    public void recordLogin(String userId, Instant at, String address) {
        em.createQuery("update UserAccount u set u.lastLoginAt = :at, u.lastLoginAddress = :address where u.id = :id")
                .setParameter("at", at)
                .setParameter("address", address == null || address.length() > 45 ? null : address)
                .setParameter("id", userId)
                .executeUpdate();
    }

    /** Writes pending changes now, so that a broken unique constraint surfaces here. */
    public void flush() {
        em.flush();
    }
}
