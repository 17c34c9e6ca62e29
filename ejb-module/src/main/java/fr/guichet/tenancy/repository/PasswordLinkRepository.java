package fr.guichet.tenancy.repository;

import fr.guichet.tenancy.domain.PasswordLink;
import fr.guichet.tenancy.domain.PasswordLinkPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** One-time password links, found by the hash of their token. */
@ApplicationScoped
public class PasswordLinkRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(PasswordLink link) {
        em.persist(link);
    }

    public Optional<PasswordLink> findUsable(String tokenHash, Instant now) {
        return em.createQuery(
                        "select l from PasswordLink l where l.tokenHash = :hash and l.usedAt is null"
                                + " and l.expiresAt > :now",
                        PasswordLink.class)
                .setParameter("hash", tokenHash)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    /**
     * Uses the link, if no one else did in between: the conditional update decides between two uses at once.
     *
     * @return whether this call used it
     */
    public boolean use(String linkId, Instant now) {
        return em.createQuery("update PasswordLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
                        .setParameter("now", now)
                        .setParameter("id", linkId)
                        .executeUpdate()
                == 1;
    }

    /** Ends every link of the user still open: a password was just chosen. */
    public void endAll(String userId, Instant now) {
        em.createQuery("update PasswordLink l set l.usedAt = :now where l.userId = :user and l.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** Deletes every link of the tenant's users, used or not (the tenant's personal data is erased). */
    public int deleteOfTenant(String tenantId) {
        return em.createQuery("delete from PasswordLink l where l.userId in"
                        + " (select u.id from UserAccount u where u.scope = :scope)")
                .setParameter("scope", tenantId)
                .executeUpdate();
    }

    /** How many links of the purpose the user was sent since the instant (to refuse a flood of reset mails). */
    public long countSince(String userId, PasswordLinkPurpose purpose, Instant since) {
        return em.createQuery(
                        "select count(l) from PasswordLink l where l.userId = :user and l.purpose = :purpose"
                                + " and l.createdAt >= :since",
                        Long.class)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }
}
