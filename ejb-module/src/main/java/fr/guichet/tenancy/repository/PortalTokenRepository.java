package fr.guichet.tenancy.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.tenancy.domain.PortalToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Personal access tokens, found by the hash of their secret, always within a tenant otherwise. */
@ApplicationScoped
public class PortalTokenRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(PortalToken token) {
        em.persist(token);
    }

    public Optional<PortalToken> findByHash(String tokenHash) {
        return em.createQuery("select t from PortalToken t where t.tokenHash = :hash", PortalToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    public Optional<PortalToken> findInTenant(String tenantId, String tokenId) {
        return Optional.ofNullable(tokenId == null ? null : em.find(PortalToken.class, tokenId))
                .filter(t -> t.tenantId().equals(tenantId));
    }

    /** The tenant's tokens, or one user's when {@code userId} is given; the newest first. */
    public Page<PortalToken> list(String tenantId, String userId, PageRequest page) {
        String where = "t.tenantId = :tenant" + (userId == null ? "" : " and t.userId = :user");
        var query = em.createQuery(
                        "select t from PortalToken t where " + where + " order by t.createdAt desc, t.id",
                        PortalToken.class)
                .setParameter("tenant", tenantId);
        var count = em.createQuery("select count(t) from PortalToken t where " + where, Long.class)
                .setParameter("tenant", tenantId);
        if (userId != null) {
            query.setParameter("user", userId);
            count.setParameter("user", userId);
        }
        var items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** How many of the user's tokens still work at {@code now}. */
    public long countLive(String userId, Instant now) {
        return em.createQuery(
                        "select count(t) from PortalToken t where t.userId = :user and t.revokedAt is null"
                                + " and t.expiresAt > :now",
                        Long.class)
                .setParameter("user", userId)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Notes a use with one statement that leaves the row's other columns alone. */
    public void recordUse(String tokenId, Instant now) {
        em.createQuery("update PortalToken t set t.lastUsedAt = :now where t.id = :id")
                .setParameter("now", now)
                .setParameter("id", tokenId)
                .executeUpdate();
    }

    /** Revokes every live token of the user: they chose a new password, which ends the tokens made before it. */
    public int revokeAllOf(String userId, Instant now) {
        return em.createQuery(
                        "update PortalToken t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** Deletes every token of the tenant (its personal data is erased). */
    public int deleteOfTenant(String tenantId) {
        return em.createQuery("delete from PortalToken t where t.tenantId = :tenant")
                .setParameter("tenant", tenantId)
                .executeUpdate();
    }
}
